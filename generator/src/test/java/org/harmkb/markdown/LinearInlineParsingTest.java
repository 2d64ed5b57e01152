package org.harmkb.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The linear inline parser renders exactly what Flexmark's own does, and in linear time. */
class LinearInlineParsingTest {

    private static String render(String markdown, boolean linear) {
        List<Extension> extensions = new ArrayList<>(MarkdownRenderer.CORE.flexmarkExtensions());
        extensions.removeIf(LinearInlineParsing.class::isInstance);
        if (linear) {
            extensions.add(LinearInlineParsing.create());
        }
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions);
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Text with <span class=\"a\">html</span>, <!-- a comment -->, <?pi ?>, <![CDATA[x]]> and <!DOCTYPE y>.",
        "Autolinks <https://example.org/a>, <mail@example.org>, www.example.org and https://x.example/ here.",
        "Entities &amp; &#123; &#x1F600; &bogus; & alone; `code` ``co`de`` ```x``",
        "[link](/a \"title\") [ref][r] [r] ![img](b.png) [unclosed [nested [x]](y) <a href=\"z\">",
        "*em* **strong** _u_ ~~del~~ a*b*c \\* \\< <span\n\n[r]: /ref \"T\"\n",
        "| a | b |\n|---|---|\n| <b>x</b> | &copy; |\n\nFootnote[^1].\n\n[^1]: Note <i>it</i>.\n",
        "< <a <b x <!-- open <x-y z=\"1\"/> </ span> <1> <a\nhref=\"x\">two lines</a>",
    })
    void outputIsByteIdenticalToFlexmarksParser(String markdown) {
        assertThat(render(markdown, true)).isEqualTo(render(markdown, false));
    }

    /** 50,000 tags took about two minutes with Flexmark's parser, about 1 s here; the bound leaves 20 times headroom. */
    @Test
    void aParagraphOf50000HtmlTagsParsesInLinearTime() {
        String markdown = "<span>".repeat(50_000);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> render(markdown, true));
    }

    /** Random mixes of link syntax (brackets, parentheses, escapes, quotes, angle brackets) render as Flexmark renders them. */
    @Test
    void randomLinkSyntaxRendersAsFlexmarksParserRendersIt() {
        String[] pieces = {"[", "]", "(", ")", "](", "\\", "\"", "'", " ", "<", ">", "a", "b.md", "\n", "\t", "![", "[r]",
            "`", "*", "\\(", "\\)", "\n\n[r]: /x\n"};
        java.util.Random random = new java.util.Random(16);
        for (int n = 0; n < 2000; n++) {
            StringBuilder markdown = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                markdown.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(render(markdown.toString(), true)).as("%s", markdown).isEqualTo(render(markdown.toString(), false));
        }
    }

    /**
     * A 1 MB line of [a]( took minutes with Flexmark's link destination parser (issue 16, part 8), and
     * takes 2-3 s here. Measured in this thread's CPU time, which other builds on a loaded machine do not inflate.
     */
    @Test
    void aLineOfOpenLinkDestinationsParsesInLinearTime() {
        String markdown = "[a](".repeat(250_000);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        render(markdown, true);
        assertThat((threads.getCurrentThreadCpuTime() - start) / 1e9).isLessThan(10);
    }
}
