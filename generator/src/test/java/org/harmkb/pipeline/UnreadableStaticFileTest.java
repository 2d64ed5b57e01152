package org.harmkb.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.harmkb.diagnostic.Diagnostic;
import org.harmkb.diagnostic.SourcePaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16, part 9: a static file the build cannot read is reported at its path, not as a full disk. */
class UnreadableStaticFileTest {

    @TempDir
    Path temp;

    @Test
    void aStaticFileWithoutReadPermissionIsReportedAtItsPath() throws IOException {
        Path config = SiteTrees.writeSite(temp, Map.of("index.md", SiteTrees.page("Home", "Hi")));
        Path picture = Files.write(temp.resolve("content/pic.png"), new byte[] {1, 2, 3});
        Files.setPosixFilePermissions(picture, PosixFilePermissions.fromString("---------"));
        // root reads any file whatever its mode; the next test provokes a read failure another way.
        assumeFalse(Files.isReadable(picture), "permissions do not stop this user reading");

        BuildResult result = new SiteBuilder().build(BuildOptions.defaults(config).withOutputDir(temp.resolve("public")));

        assertUnreadable(result, picture, "permission denied");
    }

    @Test
    void aStaticFileThatCannotBeReadWhenItIsCopiedIsReportedAtItsPath() throws IOException {
        Path config = SiteTrees.writeSite(temp, Map.of("index.md", SiteTrees.page("Home", "Hi")));
        Path picture = Files.write(temp.resolve("content/pic.png"), new byte[] {1, 2, 3});
        // The file is found while content is read and gone when the writer copies it: a real read failure
        // that no file mode can provoke for root.
        BuildProgress removeWhenWriting = (phase, done, total) -> {
            if (phase.equals("Writing")) {
                try {
                    Files.deleteIfExists(picture);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };

        BuildResult result = new SiteBuilder(BuildCache.disabled(), removeWhenWriting)
                .build(BuildOptions.defaults(config).withOutputDir(temp.resolve("public")));

        assertUnreadable(result, picture, "it no longer exists");
    }

    private void assertUnreadable(BuildResult result, Path picture, String reason) {
        assertThat(result.succeeded()).isFalse();
        assertThat(result.written()).isFalse();
        assertThat(result.diagnostics()).extracting(Diagnostic::format).singleElement().asString()
                .startsWith(SourcePaths.display(picture) + ": error: cannot read this file to publish it: " + reason)
                .doesNotContain("disk space");
        assertThat(temp.resolve("public")).doesNotExist();
    }
}
