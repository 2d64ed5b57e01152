package org.harmkb.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestPathsTest {

    @TempDir
    Path temp;

    private Path root;

    @BeforeEach
    void site() throws IOException {
        root = temp.resolve("public");
        Files.createDirectories(root.resolve("guides/first"));
        Files.writeString(root.resolve("index.html"), "home");
        Files.writeString(root.resolve("guides/first/index.html"), "first");
        Files.writeString(root.resolve("guides/my file.txt"), "spaced");
        Files.writeString(temp.resolve("secret.txt"), "secret");
    }

    private RequestPaths.Target resolve(String rawPath) {
        return RequestPaths.resolve(root, "/", rawPath);
    }

    @Test
    void foldersServeTheirIndexAndFilesThemselves() {
        assertThat(resolve("/")).isEqualTo(new RequestPaths.ServeFile(root.resolve("index.html")));
        assertThat(resolve("/guides/first/")).isEqualTo(new RequestPaths.ServeFile(root.resolve("guides/first/index.html")));
        assertThat(resolve("/guides/first/index.html")).isEqualTo(new RequestPaths.ServeFile(root.resolve("guides/first/index.html")));
        assertThat(resolve("/guides/my%20file.txt")).isEqualTo(new RequestPaths.ServeFile(root.resolve("guides/my file.txt")));
    }

    @Test
    void aFolderNamedWithoutItsSlashRedirectsToIt() {
        assertThat(resolve("/guides/first")).isEqualTo(new RequestPaths.Redirect("/guides/first/"));
        assertThat(resolve("/guides")).isEqualTo(new RequestPaths.Redirect("/guides/"));
        assertThat(resolve("/guides/")).isEqualTo(new RequestPaths.NotFound());
    }

    @Test
    void nothingOutsideTheOutputFolderIsEverReached() {
        for (String attack : new String[] {
                "/../secret.txt", "/guides/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
                "/..%2fsecret.txt", "/..%2Fsecret.txt", "/%2e%2e%2fsecret.txt", "/guides/%2e%2e/%2e%2e/secret.txt",
                "/..%5csecret.txt", "/..\\secret.txt", "/.%2e/secret.txt", "//secret.txt", "/./index.html",
                "/%00", "/index.html%00.txt", "/C:/Windows/win.ini", "/%252e%252e/secret.txt", "/%c0%ae%c0%ae/secret.txt",
                "/%", "/%zz", "guides/first/", "", "/" + temp.resolve("secret.txt")}) {
            assertThat(resolve(attack)).as(attack).isEqualTo(new RequestPaths.NotFound());
        }
        assertThat(resolve(null)).isEqualTo(new RequestPaths.NotFound());
    }

    @Test
    void aSymbolicLinkLeadingOutIsNotFollowed() throws IOException {
        Files.createSymbolicLink(root.resolve("escape.txt"), temp.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("escape-dir"), temp);
        assertThat(resolve("/escape.txt")).isEqualTo(new RequestPaths.NotFound());
        assertThat(resolve("/escape-dir/secret.txt")).isEqualTo(new RequestPaths.NotFound());
    }

    @Test
    void underASubPathOnlyThatPathIsServed() {
        assertThat(RequestPaths.resolve(root, "/kb/", "/kb/guides/first/"))
                .isEqualTo(new RequestPaths.ServeFile(root.resolve("guides/first/index.html")));
        assertThat(RequestPaths.resolve(root, "/kb/", "/")).isEqualTo(new RequestPaths.Redirect("/kb/"));
        assertThat(RequestPaths.resolve(root, "/kb/", "/kb")).isEqualTo(new RequestPaths.Redirect("/kb/"));
        assertThat(RequestPaths.resolve(root, "/kb/", "/guides/first/")).isEqualTo(new RequestPaths.NotFound());
        assertThat(RequestPaths.resolve(root, "/kb/", "/kb/../secret.txt")).isEqualTo(new RequestPaths.NotFound());
    }
}
