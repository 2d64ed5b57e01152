package org.harmkb.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.harmkb.content.ContentSet;
import org.harmkb.content.StaticFile;
import org.harmkb.diagnostic.Diagnostic;
import org.harmkb.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;

/** What the golden scenario {@code output-collisions} cannot pin down: theme assets, whose names carry a hash. */
class OutputPlanTest {

    private static final ThemeAssets ASSETS = ThemeAssets.fingerprint(
            Map.of("style.css", "body{}".getBytes(StandardCharsets.UTF_8)));

    private static ContentSet staticFiles(String... sitePaths) {
        return ContentSet.of(List.of(), List.of(), List.of(sitePaths).stream()
                .map(p -> new StaticFile(Path.of("content" + p), p.substring(1), p)).toList());
    }

    @Test
    void aStaticFileAtAThemeAssetsAddressIsAnErrorAtTheFileNamingTheAsset() {
        String asset = ASSETS.sitePathOf("style.css").orElseThrow();
        Diagnostics diagnostics = new Diagnostics();
        boolean clear = OutputPlan.of(staticFiles(asset, "/assets/other.css"), List.of(), List.of(), ASSETS, List.of())
                .reportCollisions(diagnostics);
        assertThat(clear).isFalse();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
                "content" + asset + ": error: this file would be published at " + asset
                        + ", which is the address of the theme's asset style.css"
                        + System.lineSeparator() + "  hint: rename or move the file");
    }

    @Test
    void theFixedFilesAreInThePlanBeforeAnythingIsWritten() {
        OutputPlan plan = OutputPlan.of(staticFiles(), List.of(), List.of(), ASSETS, List.of("/search/index.json"));
        assertThat(plan.files()).contains("feed.xml", "sitemap.xml", "robots.txt", "_headers", "search/index.json",
                ASSETS.sitePathOf("style.css").orElseThrow().substring(1));
        assertThat(plan.reportCollisions(new Diagnostics())).isTrue();
    }
}
