package org.harmkb.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site published under {@code https://example.org/kb/} must link only within {@code /kb/}: every internal
 * {@code href} and {@code src} on every page the build writes, generated pages and redirects included
 * (the bug class of Hugo #9994 and Quartz #1760).
 */
class SubPathBaseUrlTest {

    private static final Path SCENARIO = GoldenSites.ROOT.resolve("sub-path-graph");

    @TempDir
    Path temp;

    @Test
    void everyInternalHrefAndSrcStartsWithTheBasePath() throws IOException {
        Path out = temp.resolve("public");
        BuildResult result = GoldenSites.build(SCENARIO, out);
        assertThat(result.errorCount()).as(result.diagnostics().toString()).isZero();

        List<String> checked = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String html = Files.readString(file, StandardCharsets.UTF_8);
                for (Element element : Jsoup.parse(html).select("[href], [src]")) {
                    String value = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                    String where = out.relativize(file) + ": " + element.tagName() + " " + value;
                    boolean otherOrigin = value.matches("^[a-z]+:.*") && !value.startsWith("https://example.org/");
                    if (value.startsWith("#") || value.startsWith("https://example.org/kb/") || otherOrigin) {
                        continue;
                    }
                    checked.add(where);
                    if (!value.startsWith("/kb/")) {
                        wrong.add(where);
                    }
                }
            }
        }
        assertThat(checked).as("internal links found").hasSizeGreaterThan(20);
        assertThat(wrong).isEmpty();
    }
}
