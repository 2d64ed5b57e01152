package org.harmkb.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.harmkb.content.FrontMatter;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.markdown.LinkReference.Kind;
import org.junit.jupiter.api.Test;

class LinkCollectorTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer(List.of(MarkdownRenderer.CORE,
            new WikiLinkExtension((from, target) -> Optional.of(new WikiLinkResolver.WikiLinkTarget("/" + target + "/", "Title")))));

    private List<LinkReference> links(String body) {
        FrontMatter fm = new FrontMatter("T", "D", List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty(), OptionalInt.empty(), List.of(), List.of(), false, Map.of(), List.of());
        SourcePage page = new SourcePage(Path.of("/c/p.md"), "content/p.md", "p.md", "/p/", "p", fm, body, 5);
        return renderer.render(page, new Diagnostics()).orElseThrow().links();
    }

    @Test
    void everyKindOfLinkIsFoundWithItsPositionInTheFile() {
        List<LinkReference> links = links("Intro.\n\n* See [[a|A]], [b](b.md) and ![c](c.png).\n\n[d][ref]\n\n[ref]: d.md\n");
        assertThat(links).extracting(LinkReference::kind, LinkReference::target, LinkReference::line, LinkReference::column)
                .containsExactly(
                        tuple(Kind.WIKI, "a", 7, 7),
                        tuple(Kind.LINK, "b.md", 7, 16),
                        tuple(Kind.IMAGE, "c.png", 7, 30),
                        tuple(Kind.LINK, "d.md", 9, 1));
    }

    @Test
    void contextIsTheSentenceAroundTheLink() {
        LinkReference link = links("First one. Then read [[a]] before you\ndecide! Last one.").get(0);
        assertThat(link.before()).isEqualTo("Then read ");
        assertThat(link.label()).isNull();
        assertThat(link.after()).isEqualTo(" before you decide!");
    }

    @Test
    void anotherWikilinkInTheSentenceReadsAsItsTitleAsOnThePage() {
        List<LinkReference> links = links("Both [[first-page]] and [second](b.md) explain it.");
        assertThat(links.get(1).before()).isEqualTo("Both Title and ");
        assertThat(links.get(0).after()).isEqualTo(" and second explain it.");
    }

    @Test
    void longContextIsShortenedAtAWordWithAnEllipsis() {
        String words = "word ".repeat(60);
        LinkReference link = links(words + "[[a]] " + words + ".").get(0);
        assertThat(link.before()).startsWith("…word").hasSizeLessThanOrEqualTo(LinkCollector.MAX_CONTEXT + 1);
        assertThat(link.after()).endsWith("word…").hasSizeLessThanOrEqualTo(LinkCollector.MAX_CONTEXT + 1);
    }

    @Test
    void linksInRawHtmlAreFoundAtTheirTagWithTheirText() {
        List<LinkReference> links = links("Read <a href=\"a.md\">the <em>first</em> page</a> and <img src=\"b.png\" alt=\"B\">.\n\n"
                + "<div>\n  <a href=\"c.md#x\">C</a> <img src=\"d.png\">\n</div>\n\n<!-- <a href=\"comment.md\"> -->\n");
        assertThat(links).extracting(LinkReference::kind, LinkReference::target, LinkReference::label, LinkReference::line,
                LinkReference::column).containsExactly(
                        tuple(Kind.LINK, "a.md", "the first page", 5, 6),
                        tuple(Kind.IMAGE, "b.png", "B", 5, 53),
                        tuple(Kind.LINK, "c.md#x", "C", 8, 3),
                        tuple(Kind.IMAGE, "d.png", "", 8, 26));
        assertThat(links.get(0).before()).isEqualTo("Read ");
        assertThat(links.get(0).after()).isEqualTo(" and .");
    }

    @Test
    void anUnclosedRawLinkEndsWithItsParagraph() {
        List<LinkReference> links = links("See <a href=\"a.md\">this\n\nand more.");
        assertThat(links).extracting(LinkReference::target, LinkReference::label).containsExactly(tuple("a.md", "this"));
    }

    @Test
    void linksInCodeAndEscapedBracketsAreNotLinks() {
        assertThat(links("`[[a]]` and \\[[b]]\n\n    [[c]]\n\n```\n[d](d.md)\n```\n")).isEmpty();
    }

    /**
     * The context around a link is read from at most a little more than it can show, and is the same as reading
     * back to the sentence's start and on to its end (the old way, quadratic for a paragraph of thousands of
     * links and no full stop): 3,000 random texts of words, runs of spaces and sentence ends, at every position.
     */
    @Test
    void contextReadsAtMostWhatItShowsAndMatchesReadingTheWholeSentence() {
        java.util.Random random = new java.util.Random(16);
        String[] pieces = {"word", "a", " ", "   ", "\t", ".", ". ", "! ", "?", "x".repeat(40), " \n "};
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(400);
            for (int i = 0; i < n; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            for (int at = 0; at <= text.length(); at += 1 + random.nextInt(7)) {
                assertThat(LinkCollector.before(text, at)).as("before %d in [%s]", at, text).isEqualTo(wholeSentenceBefore(text, at));
                assertThat(LinkCollector.after(text, at)).as("after %d in [%s]", at, text).isEqualTo(wholeSentenceAfter(text, at));
            }
        }
    }

    private static String wholeSentenceBefore(CharSequence text, int linkStart) {
        int start = linkStart;
        while (start > 0 && !ends(text, start - 1)) {
            start--;
        }
        String before = text.subSequence(start, linkStart).toString().replaceAll("\\s+", " ").stripLeading();
        if (before.length() > LinkCollector.MAX_CONTEXT) {
            String cut = before.substring(before.length() - LinkCollector.MAX_CONTEXT);
            int space = cut.indexOf(' ');
            before = "…" + (space < 0 ? cut : cut.substring(space + 1));
        }
        return before;
    }

    private static String wholeSentenceAfter(CharSequence text, int linkEnd) {
        int end = linkEnd;
        while (end < text.length() && !(end > linkEnd && ends(text, end - 1))) {
            end++;
        }
        String after = text.subSequence(linkEnd, end).toString().replaceAll("\\s+", " ").stripTrailing();
        if (after.length() > LinkCollector.MAX_CONTEXT) {
            String cut = after.substring(0, LinkCollector.MAX_CONTEXT);
            int space = cut.lastIndexOf(' ');
            after = (space < 0 ? cut : cut.substring(0, space)) + "…";
        }
        return after;
    }

    private static boolean ends(CharSequence text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }
}
