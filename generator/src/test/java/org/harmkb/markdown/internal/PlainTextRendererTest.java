package org.harmkb.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.harmkb.markdown.MarkdownRenderer;
import org.harmkb.markdown.PlainTextRendering;
import org.junit.jupiter.api.Test;

/** The plain-text fast path gives exactly what Flexmark's core renderer gives for a text node. */
class PlainTextRendererTest {

    /** Characters that matter to one of Flexmark's passes, and some that do not. */
    private static final String ALPHABET = "ab <>\"'&;#x\\*_`[]()!\r\n\t\0é–’\uD83D\uDE00\uFFFD.";

    /**
     * The equivalence tests below would pass just as well if the fast path were never used: this one shows that
     * every build's extensions ({@link MarkdownRenderer#CORE}) register it, for text nodes.
     */
    @Test
    void everyBuildRendersTextNodesWithIt() {
        PlainTextRendering rendering = MarkdownRenderer.CORE.flexmarkExtensions().stream()
                .filter(PlainTextRendering.class::isInstance).map(PlainTextRendering.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("MarkdownRenderer.CORE lacks PlainTextRendering"));
        List<NodeRendererFactory> registered = new ArrayList<>();
        HtmlRenderer.Builder builder = new HtmlRenderer.Builder() {
            @Override
            public HtmlRenderer.Builder nodeRendererFactory(NodeRendererFactory factory) {
                registered.add(factory);
                return super.nodeRendererFactory(factory);
            }
        };
        rendering.extend(builder, "HTML");
        assertThat(registered).hasSize(1);
        NodeRenderer renderer = registered.get(0).apply(new MutableDataSet());
        assertThat(renderer).isInstanceOf(PlainTextRenderer.class);
        List<Class<?>> types = renderer.getNodeRenderingHandlers().stream()
                .<Class<?>>map(NodeRenderingHandler::getNodeType).toList();
        assertThat(types).containsExactly(Text.class);
    }

    @Test
    void escapingMatchesFlexmarksPassesOnRandomText() {
        Random random = new Random(21);
        int fast = 0;
        for (int n = 0; n < 20_000; n++) {
            String text = randomText(random, 1 + random.nextInt(24));
            String escaped = PlainTextRenderer.escapedOrNull(text);
            if (escaped != null) {
                fast++;
                assertThat(escaped).as("[%s]", text).isEqualTo(flexmark(text));
            } else {
                assertThat(text).as("only text with \\, &, CR or NUL goes to Flexmark").containsAnyOf("\\", "&", "\r", "\0");
            }
        }
        assertThat(fast).as("the fast path is taken for most text").isGreaterThan(2_000);
    }

    @Test
    void plainTextIsReturnedAsItIs() {
        String text = "A therapist who “cares” can still harm – say so.";
        assertThat(PlainTextRenderer.escapedOrNull(text)).isSameAs(text);
        assertThat(PlainTextRenderer.escapedOrNull("a < b > \"c\"")).isEqualTo("a &lt; b &gt; &quot;c&quot;");
        assertThat(PlainTextRenderer.escapedOrNull("fish &amp; chips")).isNull();
        assertThat(PlainTextRenderer.escapedOrNull("a\\*b")).isNull();
    }

    @Test
    void aNulIsLeftToFlexmarkWhichReadsItAsAReplacementCharacter() {
        BasedSequence chars = BasedSequence.of("a\0b");
        assertThat(chars.toString()).isEqualTo("a\uFFFDb");
        assertThat(PlainTextRenderer.textOf(chars)).isEqualTo("a\0b");
        assertThat(PlainTextRenderer.escapedOrNull(PlainTextRenderer.textOf(chars))).isNull();
    }

    @Test
    void aTextThatIsNotOneStretchOfThePageIsCopiedCharacterByCharacter() {
        BasedSequence page = BasedSequence.of("one two three");
        BasedSequence joined = BasedSequence.of("one two three").subSequence(0, 3)
                .append(page.subSequence(7, 13));
        assertThat(PlainTextRenderer.textOf(joined)).isEqualTo("one three");
        assertThat(PlainTextRenderer.textOf(page.subSequence(4, 7))).isEqualTo("two");
    }

    @Test
    void wholeDocumentsRenderTheSameWithAndWithoutIt() {
        Random random = new Random(7);
        String fixed = """
                # A "heading" with <b>tags</b> & an &amp; entity

                Text with *emphasis*, `code <x>`, a [link "title"](/a?b=1&c=2 "t") and \\*escapes\\*.\r
                Another line\r\nwith CRLF, ©, “quotes” and <span class="x">inline html</span>.

                | a | b "c" |
                |---|---|
                | 1 > 0 | x\\|y |

                - item one
                - item <two>

                > quoted "text"[^1]

                [^1]: A note with a <https://example.org/?q="x"> link.

                <div>block "html"</div>
                """;
        assertThat(render(fixed, true)).isEqualTo(render(fixed, false));
        for (int n = 0; n < 2_000; n++) {
            String markdown = randomText(random, 1 + random.nextInt(200));
            assertThat(render(markdown, true)).as("[%s]", markdown).isEqualTo(render(markdown, false));
        }
    }

    private static String flexmark(String text) {
        return Escaping.escapeHtml(Escaping.normalizeEOL(BasedSequence.of(text).unescape()), false);
    }

    private static String randomText(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            out.append(c);
            if (Character.isHighSurrogate(c)) {
                out.append('\uDE00');
            }
        }
        return out.toString();
    }

    private static String render(String markdown, boolean plainText) {
        List<Extension> extensions = new ArrayList<>(List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), FootnoteExtension.create()));
        if (plainText) {
            extensions.add(PlainTextRendering.create());
        }
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, extensions);
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }
}
