package org.harmkb.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ElementCountGuardTest {

    @Test
    void elementsOverTheLimitAreReportedAtTheFirstOneOverIt() {
        String body = "intro\n\n" + "- a\n".repeat(150);
        assertThat(ElementCountGuard.firstViolation(body, 100)).contains(new NestingGuard.Violation(103, 1));
        assertThat(ElementCountGuard.firstViolation("x " + "[a".repeat(150), 100)).contains(new NestingGuard.Violation(1, 2 + 100 * 2 + 2));
    }

    @Test
    void everyKindOfElementCounts() {
        List<String> shapes = List.of("# a\n", "a\n=\n", "- a\n", "* a\n", "+ a\n", "12. a\n", "3) a\n", "> a\n", "| a |\n",
                "[a] ", "<b> ", "&amp; ", "`a` ", "*a* ", "_a_ ", "~~a~~ ", "*_", "http://a ", "www.a ", "a@b ", "[^1] ", "[[a]] ");
        for (String shape : shapes) {
            assertThat(ElementCountGuard.firstViolation(shape.repeat(200), 100)).as(shape).isPresent();
        }
    }

    @Test
    void aFootnoteReferenceCountsThree() {
        assertThat(ElementCountGuard.firstViolation("[^1] ".repeat(34), 100)).isPresent();
        assertThat(ElementCountGuard.firstViolation("[^1] ".repeat(33), 100)).isEmpty();
    }

    @Test
    void plainTextCodeBlocksAndEscapesDoNotCount() {
        assertThat(ElementCountGuard.firstViolation("Plain words in a sentence, 3 of them.\n".repeat(5000), 100)).isEmpty();
        assertThat(ElementCountGuard.firstViolation("```\n" + "- [a](b) <i>\n".repeat(500) + "```\n", 100)).isEmpty();
        assertThat(ElementCountGuard.firstViolation("a \\[ \\< \\& \\| ".repeat(500), 100)).isEmpty();
    }

    /** The limit is twenty times what any page of the example site has. */
    @Test
    void everyPageOfTheExampleSiteIsFarBelowTheLimit() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            pages = files.filter(p -> p.toString().endsWith(".md")).toList();
        }
        assertThat(pages).hasSizeGreaterThan(10);
        for (Path page : pages) {
            assertThat(ElementCountGuard.firstViolation(Files.readString(page), ElementCountGuard.MAX_ELEMENTS / 20)).as("%s", page)
                    .isEmpty();
        }
    }

    /**
     * A long, link-dense but ordinary article (as SiteBuilderTest's five-megabyte page: 44 elements per 1,024
     * characters) stays under its limit at 1 MB and 5 MB; the hostile shapes of the same size do not.
     */
    @Test
    void theLimitGrowsWithALongOrdinaryPageButNotWithAHostileOne() {
        String section = "## Section 1\n\n"
                + "This paragraph talks calmly about *therapy* and [a link](index.md) with some words. ".repeat(20)
                + "\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n";
        for (int megabytes : new int[] {1, 5}) {
            String ordinary = section.repeat(megabytes * (1 << 20) / section.length());
            assertThat(ElementCountGuard.firstViolation(ordinary, ElementCountGuard.limitFor(ordinary))).as("%d MB", megabytes).isEmpty();
            assertThat(ElementCountGuard.limitFor(ordinary)).isGreaterThan(ElementCountGuard.MAX_ELEMENTS);
        }
        for (String shape : List.of("a\n=\n", "- a\n", "[a](", "&amp; ", "| x | y | z |\n", "[^1] ", "`a` ")) {
            String hostile = shape.repeat((1 << 20) / shape.length());
            assertThat(ElementCountGuard.firstViolation(hostile, ElementCountGuard.limitFor(hostile))).as(shape).isPresent();
        }
        String small = "- a\n".repeat(ElementCountGuard.MAX_ELEMENTS + 1);
        assertThat(ElementCountGuard.limitFor(small)).isEqualTo(ElementCountGuard.MAX_ELEMENTS);
    }

    /** The setext case: 262,144 headings in 1 MB took 30-60 s to build; now refused after a linear scan. */
    @Test
    void aMegabyteOfHeadingsIsRefusedAtTheFirstElementOverTheLimit() {
        String body = "a\n=\n".repeat(1 << 18);
        assertThat(ElementCountGuard.firstViolation(body, ElementCountGuard.MAX_ELEMENTS))
                .contains(new NestingGuard.Violation(2 * (ElementCountGuard.MAX_ELEMENTS + 1), 1));
    }
}
