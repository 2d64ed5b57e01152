package org.harmkb.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    @TempDir
    Path temp;

    @Test
    void commitReplacesTheOutputFolderWhole() throws IOException {
        Path out = OutputFolders.marked(temp.resolve("public"));
        Files.writeString(out.resolve("stale.html"), "old");

        try (SiteWriter writer = SiteWriter.stage(OutputFolders.allowed(out))) {
            writer.write("/a/", "new".getBytes());
            writer.commit();
        }

        assertThat(out.resolve("a/index.html")).hasContent("new");
        assertThat(out.resolve("stale.html")).doesNotExist();
        assertThat(temp.resolve(".public.previous")).doesNotExist();
    }

    @Test
    void closingWithoutCommitDiscardsTheStagedFiles() throws IOException {
        Path out = OutputFolders.marked(temp.resolve("public"));
        Files.writeString(out.resolve("index.html"), "old");

        try (SiteWriter writer = SiteWriter.stage(OutputFolders.allowed(out))) {
            writer.write("/", "new".getBytes());
        }

        assertThat(out.resolve("index.html")).hasContent("old");
        assertThat(temp.resolve(".public.staging")).doesNotExist();
    }

    @Test
    void aSwapInterruptedBetweenItsRenamesIsRestoredOnTheNextBuild() throws IOException {
        Path previous = OutputFolders.marked(temp.resolve(".public.previous"));
        Files.writeString(previous.resolve("index.html"), "published");

        try (SiteWriter writer = SiteWriter.stage(OutputFolders.allowed(temp.resolve("public")))) {
            assertThat(temp.resolve("public/index.html")).hasContent("published");
        }
    }

    @Test
    void sitePathsCannotEscapeTheOutputFolder() throws IOException {
        try (SiteWriter writer = SiteWriter.stage(OutputFolders.allowed(temp.resolve("public")))) {
            assertThatThrownBy(() -> writer.write("/../../etc/x", new byte[0])).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
