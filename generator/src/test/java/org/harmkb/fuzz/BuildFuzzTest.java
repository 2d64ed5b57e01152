package org.harmkb.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.harmkb.diagnostic.Diagnostic;
import org.harmkb.pipeline.BuildResult;
import org.harmkb.pipeline.GoldenSites;
import org.junit.jupiter.api.Assertions;

/**
 * Random front matter and markdown never crash a build (issue 16, part 10): the build returns (an exception
 * would be the CLI's exit 3), every diagnostic names a path and, in a page, a line, and each build finishes
 * within a bound. Fixed seed and few tries so CI time stays small; a failure found here is fixed and kept
 * as a golden scenario under {@code sites/}.
 */
class BuildFuzzTest {

    /** Generous: a one-page build takes well under a second, even on a loaded machine a few. */
    private static final Duration PER_BUILD = Duration.ofSeconds(30);

    private static Path temp;

    @BeforeContainer
    static void createTemp() throws IOException {
        temp = Files.createTempDirectory("kb-fuzz-");
    }

    @AfterContainer
    static void deleteTemp() throws IOException {
        try (var walk = Files.walk(temp)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 25, seed = "1605", shrinking = ShrinkingMode.BOUNDED)
    void randomFrontMatterNeverCrashesTheBuild(@ForAll("frontMatter") String frontMatter) throws IOException {
        assertBuildsCleanly("---\n" + frontMatter + "\n---\nSome text.\n");
    }

    @Property(tries = 25, seed = "1606", shrinking = ShrinkingMode.BOUNDED)
    void randomMarkdownNeverCrashesTheBuild(@ForAll("markdown") String markdown) throws IOException {
        assertBuildsCleanly("---\ntitle: \"Page\"\ndescription: \"A page.\"\n---\n" + markdown + "\n");
    }

    private static void assertBuildsCleanly(String page) throws IOException {
        Path site = Files.createTempDirectory(temp, "site-");
        Files.createDirectories(site.resolve("content"));
        // getBytes replaces lone surrogates, which no UTF-8 file can hold (invalid UTF-8 has its own scenario).
        Files.write(site.resolve("content/page.md"), page.getBytes(StandardCharsets.UTF_8));
        Files.writeString(site.resolve("content/other.md"), "---\ntitle: \"Other\"\ndescription: \"Another page.\"\n---\nText.\n");
        BuildResult result = Assertions.assertTimeoutPreemptively(PER_BUILD,
                () -> GoldenSites.build(site, site.resolve("public")));
        for (Diagnostic d : result.diagnostics()) {
            assertThat(d.path()).as(d.toString()).isNotBlank();
            if (d.path().endsWith(".md")) {
                assertThat(d.line()).as(d.toString()).isPositive();
            }
        }
    }

    @Provide
    Arbitrary<String> frontMatter() {
        Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of("title", "description", "tags", "series", "aliases",
                "draft", "date", "updated", "weight", "sources", "order", "related"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().all().ofMaxLength(6));
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.of("\"Title\"", "yes", "no", "~", "null", "12", "-1.5e3", "2026-13-45", "2026-01-02", "'中文'",
                        "\"Ünïcødé ✓\"", "\"\\u0000\\u0007\"", "&a x", "*a", "!!binary aGk=", "!!str 5", "|\n  block", ">-\n  folded",
                        "[a, b]", "{a: 1}", "[]", "{}", "\"//evil.example/x/\"", "\"/a//b/\"", "😀"),
                Arbitraries.strings().all().ofMaxLength(12).map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""),
                Arbitraries.integers().between(1, 3000).map(n -> "[".repeat(n) + "]".repeat(n)),
                Arbitraries.integers().between(1, 300).map(n -> "{a: ".repeat(n) + "1" + "}".repeat(n)));
        Arbitrary<String> entry = Combinators.combine(key, scalar).as((k, v) -> k + ": " + v);
        Arbitrary<String> list = Combinators.combine(key, scalar.list().ofMaxSize(4))
                .as((k, items) -> k + ":\n" + String.join("\n", items.stream().map(i -> "  - " + i).toList()));
        return Arbitraries.oneOf(entry, entry, list).list().ofMaxSize(8).map(lines -> String.join("\n", lines));
    }

    private static final List<String> FRAGMENTS = List.of("# Heading", "## Support", "### main", "text", "*em*", "**strong**",
            "_u_", "~~del~~", "`code`", "```\nfenced\n```", "~~~", "> quote", "- item", "1. item", "    indented",
            "[link](other.md)", "[link](missing.md)", "[ref]", "[ref]: /x", "![img](a.png)", "<https://example.org>",
            "www.example.org", "a@b.example", "[[other]]", "[[Other|label]]", "[[missing]]", "[[", "]]", "[[helpline:x]]",
            "[[helpline:samaritans]]", "[[contact:email]]", "<span>", "</span>", "<div>", "</div>", "<a href=\"missing.md\">x</a>",
            "<img src=\"nothere.png\">", "<script>alert(1)</script>", "<h3 id=\"site-search\">x</h3>", "<!-- c -->", "&amp;",
            "&#0;", "&bogus;", "| a | b |\n|---|---|\n| c | d |", "[^1]", "[^1]: note", "---", "***", "\\", "\u0000", "\u0007",
            "\u202e", "\uFEFF", "中文", "😀", "\r", "\t", "\n", "\n\n");

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> fragment = Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), Arbitraries.strings().all().ofMaxLength(10),
                Arbitraries.integers().between(1, 2000).map(n -> "> ".repeat(n) + "x"),
                Arbitraries.integers().between(1, 2000).map(n -> "*a ".repeat(n)),
                Arbitraries.integers().between(1, 3000).map(n -> "<span>".repeat(n)),
                Arbitraries.integers().between(1, 2000).map(n -> "[".repeat(n)));
        return fragment.list().ofMaxSize(40).map(parts -> String.join(" ", parts));
    }
}
