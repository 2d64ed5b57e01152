package org.harmkb.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * No HTML page of the real {@code content/} site, or of any golden fixture that builds ({@code theme-site} and
 * {@code template-ids} among them), has two elements with one id: an article's ids never take the theme's, so
 * "Get support now" and the skip link land where they should.
 */
class UniquePageIdsTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyPageHasUniqueIds() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        if (Files.exists(Path.of("content/index.md"))) {
            tests.add(DynamicTest.dynamicTest("content", () -> assertUniqueIds(build("content", new BuildOptions(
                    Path.of("site-config.yaml"), Optional.empty(), Optional.empty(), Optional.of(temp.resolve("content")),
                    Optional.empty(), false, true)))));
        }
        for (Path scenario : GoldenSites.scenarios()) {
            if (Files.isDirectory(scenario.resolve("expected"))) {
                String name = scenario.getFileName().toString();
                tests.add(DynamicTest.dynamicTest(name,
                        () -> assertUniqueIds(build(name, GoldenSites.options(scenario, temp.resolve(name))))));
            }
        }
        return tests.stream();
    }

    private static Path build(String name, BuildOptions options) {
        BuildResult result = new SiteBuilder().build(options);
        assertThat(result.errorCount()).as(name + " builds: " + result.diagnostics()).isZero();
        return options.outputDir().orElseThrow();
    }

    private static void assertUniqueIds(Path site) throws IOException {
        List<String> duplicates = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path page : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Set<String> seen = new HashSet<>();
                for (Element element : Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8)).select("[id]")) {
                    if (!seen.add(element.id())) {
                        duplicates.add(site.relativize(page) + ": id=\"" + element.id() + "\"");
                    }
                }
            }
        }
        assertThat(duplicates).as("ids used twice on one page").isEmpty();
    }
}
