package org.harmkb.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteUpdaterTest {

    @TempDir
    Path temp;

    private Path site() throws Exception {
        Path out = OutputFolders.marked(temp.resolve("public"));
        Files.createDirectories(out.resolve("a"));
        Files.createDirectories(out.resolve("gone/deep"));
        Files.writeString(out.resolve("index.html"), "home");
        Files.writeString(out.resolve("a/index.html"), "a");
        Files.writeString(out.resolve("gone/deep/index.html"), "gone");
        return out;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void writesOnlyChangedFilesAndDeletesFilesNoLongerProduced() throws Exception {
        Path out = site();
        FileTime before = Files.getLastModifiedTime(out.resolve("index.html"));
        OutputChanges changes;
        try (SiteUpdater updater = SiteUpdater.open(OutputFolders.allowed(out), Set.of("index.html", "a/index.html", "gone/deep/index.html"))) {
            updater.write("/", bytes("home"));
            updater.write("/a/", bytes("a, edited"));
            updater.write("/new/", bytes("new"));
            changes = updater.commit();
        }
        assertThat(changes.everything()).isFalse();
        assertThat(changes.files()).containsExactlyInAnyOrder("a/index.html", "new/index.html", "gone/deep/index.html");
        assertThat(Files.getLastModifiedTime(out.resolve("index.html"))).isEqualTo(before);
        assertThat(Files.readString(out.resolve("a/index.html"))).isEqualTo("a, edited");
        assertThat(out.resolve("gone")).doesNotExist();
        try (var files = Files.walk(out)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".kb-tmp"));
        }
    }

    @Test
    void afterCommitTheFilesAreTheOnesWrittenOrKeptWhetherOrNotTheyMatchThePreviousBuilds() throws Exception {
        Path out = site();
        Set<String> previous = Set.of("index.html", "a/index.html", "gone/deep/index.html");
        try (SiteUpdater same = SiteUpdater.open(OutputFolders.allowed(out), previous)) {
            same.keep("/");
            same.write("/a/", bytes("a"));
            same.keep("/gone/deep/");
            same.commit();
            assertThat(same.files()).isSameAs(previous);
        }
        try (SiteUpdater swapped = SiteUpdater.open(OutputFolders.allowed(out), previous)) {
            // As many files as before, but one is new and one is gone.
            swapped.keep("/");
            swapped.keep("/a/");
            swapped.write("/new/", bytes("new"));
            swapped.commit();
            assertThat(swapped.files()).containsExactlyInAnyOrder("index.html", "a/index.html", "new/index.html");
        }
    }

    @Test
    void keptFilesStayAndDiscardChangesNothing() throws Exception {
        Path out = site();
        try (SiteUpdater updater = SiteUpdater.open(OutputFolders.allowed(out), Set.of("index.html", "a/index.html", "gone/deep/index.html"))) {
            updater.keep("/");
            updater.write("/a/", bytes("changed"));
            updater.discard();
        }
        assertThat(Files.readString(out.resolve("a/index.html"))).isEqualTo("a");
        assertThat(out.resolve("gone/deep/index.html")).exists();

        try (SiteUpdater updater = SiteUpdater.open(OutputFolders.allowed(out), Set.of("index.html", "a/index.html"))) {
            updater.keep("/");
            updater.keep("/a/");
            assertThat(updater.commit().isEmpty()).isTrue();
        }
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("home");
    }

    @Test
    void refusesSitePathsThatLeaveTheFolder() {
        for (String bad : new String[] {"/../x", "/a/../../x", "/a//b", "/a\\..\\b", "/a/..", "/..", "/.", "//x", "/a/./b"}) {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> SiteOutput.relativeFile(bad));
        }
        assertThat(SiteOutput.relativeFile("/")).isEqualTo("index.html");
        assertThat(SiteOutput.relativeFile("/a/b/")).isEqualTo("a/b/index.html");
        assertThat(SiteOutput.relativeFile("/404.html")).isEqualTo("404.html");
    }
}
