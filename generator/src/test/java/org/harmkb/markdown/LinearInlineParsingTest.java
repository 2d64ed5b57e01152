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
}
