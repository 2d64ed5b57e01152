package org.harmkb.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ThemeAssetsTest {

    private static Map<String, byte[]> files(String... nameThenText) {
        Map<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < nameThenText.length; i += 2) {
            files.put(nameThenText[i], nameThenText[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static String published(ThemeAssets assets, String name) {
        RecordingOutput out = new RecordingOutput();
        assets.writeTo(out);
        return new String(out.written.get(assets.sitePathOf(name).orElseThrow()), StandardCharsets.UTF_8);
    }

    @Test
    void namesCarryAnEightDigitContentHashBeforeTheExtension() {
        ThemeAssets assets = ThemeAssets.fingerprint(files("style.css", "body{}", "js/a.min.js", "x", "LICENSE", "text"));
        assertThat(assets.sitePathOf("style.css").orElseThrow()).matches("/assets/style\\.[0-9a-f]{8}\\.css");
        assertThat(assets.sitePathOf("js/a.min.js").orElseThrow()).matches("/assets/js/a\\.min\\.[0-9a-f]{8}\\.js");
        assertThat(assets.sitePathOf("LICENSE").orElseThrow()).matches("/assets/LICENSE\\.[0-9a-f]{8}");
    }

    @Test
    void hashChangesWithTheBytesAndOnlyThen() {
        String first = ThemeAssets.fingerprint(files("style.css", "body{}")).sitePathOf("style.css").orElseThrow();
        String same = ThemeAssets.fingerprint(files("style.css", "body{}")).sitePathOf("style.css").orElseThrow();
        String changed = ThemeAssets.fingerprint(files("style.css", "body{color:red}")).sitePathOf("style.css").orElseThrow();
        assertThat(same).isEqualTo(first);
        assertThat(changed).isNotEqualTo(first);
    }

    @Test
    void moduleImportsAndCssUrlsPointAtTheHashedNames() {
        ThemeAssets assets = ThemeAssets.fingerprint(files(
                "search.js", "import { analyse } from './analysis.js';\nconst w = new URL('./data/stop.txt', import.meta.url);\nimport('./lazy.js');",
                "analysis.js", "export function analyse() {}",
                "lazy.js", "export {}",
                "data/stop.txt", "the",
                "style.css", "@font-face{src:url(\"fonts/a.woff2?v=1#x\")} .x{background:url(missing.png)}",
                "fonts/a.woff2", "font"));
        String analysis = name(assets, "analysis.js");
        String lazy = name(assets, "lazy.js");
        String stop = name(assets, "data/stop.txt");
        String font = name(assets, "fonts/a.woff2");
        assertThat(published(assets, "search.js"))
                .contains("from './" + analysis + "'")
                .contains("new URL('./data/" + stop + "', import.meta.url)")
                .contains("import('./" + lazy + "')");
        assertThat(published(assets, "style.css"))
                .contains("url(\"fonts/" + font + "?v=1#x\")")
                .contains("url(missing.png)");
    }

    @Test
    void changingAnImportedModuleRenamesItsImporter() {
        String before = ThemeAssets.fingerprint(files("main.js", "import './dep.js';", "dep.js", "one"))
                .sitePathOf("main.js").orElseThrow();
        String after = ThemeAssets.fingerprint(files("main.js", "import './dep.js';", "dep.js", "two"))
                .sitePathOf("main.js").orElseThrow();
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void cyclicImportsStillGetStableNames() {
        Map<String, byte[]> cycle = files("a.js", "import './b.js';", "b.js", "import './a.js';");
        assertThat(ThemeAssets.fingerprint(cycle).sitePaths()).isEqualTo(ThemeAssets.fingerprint(cycle).sitePaths());
        assertThat(published(ThemeAssets.fingerprint(cycle), "a.js")).matches("import '\\./b\\.[0-9a-f]{8}\\.js';");
    }

    @Test
    void referencesOutsideTheAssetsFolderAreLeftAlone() {
        assertThat(ThemeAssets.resolve("js/a.js", "../../search/index.json")).isEmpty();
        assertThat(ThemeAssets.resolve("js/a.js", "/assets/x.js")).isEmpty();
        assertThat(ThemeAssets.resolve("js/a.js", "https://cdn.example/x.js")).isEmpty();
        assertThat(ThemeAssets.resolve("js/a.js", "../b.js")).contains("b.js");
    }

    private static String name(ThemeAssets assets, String asset) {
        String path = assets.sitePathOf(asset).orElseThrow();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
