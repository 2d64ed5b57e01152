package org.harmkb.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {

    @TempDir
    Path temp;

    @Test
    void twoBuildsOfTheRealContentAreByteIdentical() throws IOException {
        BuildOptions options = BuildOptions.defaults(Path.of("site-config.yaml"));
        BuildResult first = new SiteBuilder().build(options.withOutputDir(temp.resolve("one")));
        BuildResult second = new SiteBuilder().build(options.withOutputDir(temp.resolve("two")));

        assertThat(first.errorCount()).as(first.diagnostics().toString()).isZero();
        assertThat(second.errorCount()).isZero();
        Map<String, String> one = SiteTrees.digest(temp.resolve("one"));
        assertThat(one).hasSizeGreaterThan(1).isEqualTo(SiteTrees.digest(temp.resolve("two")));
    }

    @Test
    void failedBuildLeavesPreviousSiteIntact() throws IOException {
        Path config = SiteTrees.writeSite(temp.resolve("site"), Map.of(
                "index.md", SiteTrees.page("Home", "Hello"),
                "a.md", SiteTrees.page("A", "Body")));
        Path out = temp.resolve("site/public");
        BuildOptions options = BuildOptions.defaults(config);
        assertThat(new SiteBuilder().build(options).succeeded()).isTrue();
        Map<String, String> before = SiteTrees.digest(out);

        Files.writeString(temp.resolve("site/content/a.md"), "---\ntitle: \"A changed\"\n---\nNo description");
        Files.writeString(temp.resolve("site/content/b.md"), SiteTrees.page("B", "New page"));
        BuildResult failed = new SiteBuilder().build(options);

        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.written()).isFalse();
        assertThat(SiteTrees.digest(out)).isEqualTo(before);
        assertThat(temp.resolve("site/.public.staging")).doesNotExist();
    }

    @Test
    void checkValidatesButWritesNothing() throws IOException {
        Path config = SiteTrees.writeSite(temp.resolve("site"), Map.of("index.md", SiteTrees.page("Home", "Hello")));
        BuildResult result = new SiteBuilder().build(BuildOptions.defaults(config).checkOnly());

        assertThat(result.succeeded()).isTrue();
        assertThat(result.pageCount()).isEqualTo(1);
        assertThat(temp.resolve("site/public")).doesNotExist();
        assertThat(temp.resolve("site/.public.staging")).doesNotExist();
    }

    @Test
    void fiveMegabyteArticleBuilds() throws IOException {
        StringBuilder body = new StringBuilder();
        int section = 0;
        while (body.length() < 5 * 1024 * 1024) {
            body.append("## Section ").append(section++).append("\n\n");
            for (int i = 0; i < 20; i++) {
                body.append("This paragraph talks calmly about *therapy* and [a link](index.md) with some words. ");
            }
            body.append("\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n");
        }
        Path config = SiteTrees.writeSite(temp.resolve("site"), Map.of(
                "index.md", SiteTrees.page("Home", "Hello"),
                "big.md", SiteTrees.page("Big", body.toString())));

        BuildResult result = new SiteBuilder().build(BuildOptions.defaults(config));

        assertThat(result.succeeded()).as(result.diagnostics().toString()).isTrue();
        assertThat(Files.size(temp.resolve("site/public/big/index.html"))).isGreaterThan(5L * 1024 * 1024);
    }

    @Test
    void allDiagnosticsOfABuildAreCollectedAcrossFiles() throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        for (int i = 0; i < 250; i++) {
            pages.put("bad-" + i + ".md", "---\ntitle: \"Bad\"\n---\n");
        }
        Path config = SiteTrees.writeSite(temp.resolve("site"), pages);

        BuildResult result = new SiteBuilder().build(BuildOptions.defaults(config));

        assertThat(result.errorCount()).isEqualTo(250);
        assertThat(result.diagnostics()).hasSize(200);
        assertThat(result.dropped()).isEqualTo(50);
        assertThat(result.diagnostics().get(0).path()).endsWith("content/bad-0.md");
        assertThat(result.diagnostics()).isSorted();
    }
}
