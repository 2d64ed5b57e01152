package org.harmkb.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} warns about published pages no other page links to, at the page's title line; the home
 * page, glossary entries and self-links do not count. {@code build} does not repeat the warning.
 */
class OrphanWarningTest {

    private static final Path SCENARIO = Path.of("generator/src/test/resources/check-sites/orphans");

    @TempDir
    Path temp;

    @Test
    void checkWarnsAboutPagesNothingLinksTo() throws IOException {
        BuildResult result = new SiteBuilder().build(GoldenSites.options(SCENARIO, temp.resolve("public")).checkOnly());
        assertThat(GoldenSites.formatDiagnostics(SCENARIO, result.diagnostics()))
                .isEqualTo(Files.readString(SCENARIO.resolve("expected-diagnostics.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void buildLeavesOrphansToCheck() {
        BuildResult result = GoldenSites.build(SCENARIO, temp.resolve("public"));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.written()).isTrue();
    }
}
