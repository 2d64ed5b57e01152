package org.harmkb.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Headings from the lazy heading factory: the same output as Flexmark's factory, in time linear in a paragraph's lines. */
class LazyParagraphHeadingFactoryTest {

    private static final String[] LINES = {
        "a", "Some text", "=", "==", "-", "---", "  ===  ", "# h", "## h ##", "#no", "####### seven", "  # indented",
        "    # code", "| a | b |", "|---|---|", "| x | y |", "- item", "1. one", "> quote", "> # quoted", "> ===",
        "[r]: /x \"t\"", "[r]", "```", "<div>", "</div>", "", "", "***", "- # in item", "  ---", "text\\", "* * *",
    };

    private static String render(String markdown, boolean ours) {
        List<Extension> extensions = new ArrayList<>(MarkdownRenderer.CORE.flexmarkExtensions());
        extensions.removeIf(LinearInlineParsing.class::isInstance);
        if (ours) {
            extensions.add(LinearInlineParsing.create());
        }
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions);
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    @Test
    void headingsAndParagraphsRenderAsFlexmarkRendersThemOn2000RandomPages() {
        Random random = new Random(16_08);
        for (int page = 0; page < 2000; page++) {
            StringBuilder markdown = new StringBuilder();
            for (int line = random.nextInt(12); line >= 0; line--) {
                markdown.append(LINES[random.nextInt(LINES.length)]).append('\n');
            }
            String text = markdown.toString();
            assertThat(render(text, true)).as(text).isEqualTo(render(text, false));
        }
    }

    /** A 1 MB page of 87,000 link definitions took over 30 s with Flexmark's factory (time in the square of the lines). */
    @Test
    void aParagraphOf50000LinkDefinitionsParsesInLinearTime() {
        StringBuilder markdown = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            markdown.append("[r").append(i).append("]: /x").append(i).append('\n');
        }
        markdown.append("\n[r1]\n");
        String html = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> render(markdown.toString(), true));
        assertThat(html).contains("<a href=\"/x1\">r1</a>");
    }
}
