package org.harmkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.harmkb.pipeline.SiteTrees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmChoiceTest {

    @TempDir
    Path temp;

    @Test
    void buildAndCheckOfASmallSiteRunWithTheQuickCompilerAlone() throws Exception {
        Path config = SiteTrees.writeSite(temp, Map.of("index.md", SiteTrees.page("Home", "Hi")));

        assertThat(JvmChoice.optionsFor(new String[] {"build", "--config", config.toString()}))
                .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC");
        assertThat(JvmChoice.optionsFor(new String[] {"check", "--config", config.toString(), "--drafts"}))
                .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC");
    }

    @Test
    void serveNewHelpAndUnclearCommandsKeepTheDefaultCompilers() throws Exception {
        Path config = SiteTrees.writeSite(temp, Map.of("index.md", SiteTrees.page("Home", "Hi")));

        assertThat(JvmChoice.optionsFor(new String[] {"serve", "--config", config.toString()})).isEmpty();
        assertThat(JvmChoice.optionsFor(new String[] {"new", "a-page"})).isEmpty();
        assertThat(JvmChoice.optionsFor(new String[] {"build", "--config", config.toString(), "--help"})).isEmpty();
        assertThat(JvmChoice.optionsFor(new String[] {"--version"})).isEmpty();
        assertThat(JvmChoice.optionsFor(new String[] {})).isEmpty();
        assertThat(JvmChoice.optionsFor(new String[] {"biuld"})).isEmpty();
        assertThat(JvmChoice.optionsFor(new String[] {"build", "--no-such-option"})).isEmpty();
        assertThat(JvmChoice.optionsFor(new String[] {"build", "--config", temp.resolve("missing.yaml").toString()}))
                .isEmpty();
    }

    @Test
    void aConfigTheBuildWillRejectGivesTheDefaultsWithoutFailingTheLauncher() throws Exception {
        Path config = temp.resolve("site-config.yaml");
        Files.writeString(config, "title: \"T\"\ndescription: \"D\"\nbase_url: \"https://example.org/\"\n"
                + "content_dir: \"bad\\0path\"\n");
        Path notYaml = Files.writeString(temp.resolve("broken.yaml"), "title: [unclosed\n");

        assertThat(JvmChoice.optionsFor(new String[] {"build", "--config", config.toString()})).isEmpty();
        assertThat(JvmChoice.optionsFor(new String[] {"check", "--config", notYaml.toString()})).isEmpty();
        assertThat(JvmChoice.optionsFor(new String[] {"build", "--config", temp.toString()})).isEmpty();
    }

    @Test
    void theContentFolderIsTheOneTheBuildWouldRead() throws Exception {
        Path config = SiteTrees.writeSite(temp, Map.of("index.md", SiteTrees.page("Home", "Hi")));
        Path other = Files.createDirectories(temp.resolve("elsewhere"));

        assertThat(JvmChoice.contentFolder(new String[] {"build", "--config", config.toString()}))
                .contains(temp.resolve("content").toAbsolutePath().normalize());
        assertThat(JvmChoice.contentFolder(new String[] {"build", "--config", config.toString(), "--content",
                other.toString()})).contains(other.toAbsolutePath().normalize());
    }

    @Test
    void onlyMarkdownCountsTowardsTheLimitAndCountingStopsThere() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content/section"));
        Files.writeString(temp.resolve("content/a.md"), "a".repeat(100));
        Files.writeString(content.resolve("b.md"), "b".repeat(100));
        Files.write(content.resolve("picture.png"), new byte[10_000]);

        assertThat(JvmChoice.markdownBelow(temp.resolve("content"), 201)).isTrue();
        assertThat(JvmChoice.markdownBelow(temp.resolve("content"), 200)).isFalse();
        // A missing folder holds nothing: the build reports it at once either way.
        assertThat(JvmChoice.markdownBelow(temp.resolve("no-such-folder"), 1_000)).isTrue();
    }
}
