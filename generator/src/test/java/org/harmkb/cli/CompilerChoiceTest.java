package org.harmkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.harmkb.pipeline.SiteTrees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompilerChoiceTest {

    @TempDir
    Path temp;

    @Test
    void buildAndCheckOfASmallSiteRunWithTheQuickCompilerAlone() throws Exception {
        Path config = SiteTrees.writeSite(temp, Map.of("index.md", SiteTrees.page("Home", "Hi")));

        assertThat(CompilerChoice.optionsFor(new String[] {"build", "--config", config.toString()}))
                .containsExactly("-XX:TieredStopAtLevel=1");
        assertThat(CompilerChoice.optionsFor(new String[] {"check", "--config", config.toString(), "--drafts"}))
                .containsExactly("-XX:TieredStopAtLevel=1");
    }

    @Test
    void serveNewHelpAndUnclearCommandsKeepTheDefaultCompilers() throws Exception {
        Path config = SiteTrees.writeSite(temp, Map.of("index.md", SiteTrees.page("Home", "Hi")));

        assertThat(CompilerChoice.optionsFor(new String[] {"serve", "--config", config.toString()})).isEmpty();
        assertThat(CompilerChoice.optionsFor(new String[] {"new", "a-page"})).isEmpty();
        assertThat(CompilerChoice.optionsFor(new String[] {"build", "--config", config.toString(), "--help"})).isEmpty();
        assertThat(CompilerChoice.optionsFor(new String[] {"--version"})).isEmpty();
        assertThat(CompilerChoice.optionsFor(new String[] {})).isEmpty();
        assertThat(CompilerChoice.optionsFor(new String[] {"biuld"})).isEmpty();
        assertThat(CompilerChoice.optionsFor(new String[] {"build", "--no-such-option"})).isEmpty();
        assertThat(CompilerChoice.optionsFor(new String[] {"build", "--config", temp.resolve("missing.yaml").toString()}))
                .isEmpty();
    }

    @Test
    void theContentFolderIsTheOneTheBuildWouldRead() throws Exception {
        Path config = SiteTrees.writeSite(temp, Map.of("index.md", SiteTrees.page("Home", "Hi")));
        Path other = Files.createDirectories(temp.resolve("elsewhere"));

        assertThat(CompilerChoice.contentFolder(new String[] {"build", "--config", config.toString()}))
                .contains(temp.resolve("content").toAbsolutePath().normalize());
        assertThat(CompilerChoice.contentFolder(new String[] {"build", "--config", config.toString(), "--content",
                other.toString()})).contains(other.toAbsolutePath().normalize());
    }

    @Test
    void onlyMarkdownCountsTowardsTheLimitAndCountingStopsThere() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content/section"));
        Files.writeString(temp.resolve("content/a.md"), "a".repeat(100));
        Files.writeString(content.resolve("b.md"), "b".repeat(100));
        Files.write(content.resolve("picture.png"), new byte[10_000]);

        assertThat(CompilerChoice.markdownBelow(temp.resolve("content"), 201)).isTrue();
        assertThat(CompilerChoice.markdownBelow(temp.resolve("content"), 200)).isFalse();
        // A missing folder holds nothing: the build reports it at once either way.
        assertThat(CompilerChoice.markdownBelow(temp.resolve("no-such-folder"), 1_000)).isTrue();
    }
}
