package org.harmkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.harmkb.pipeline.BuildOptions;
import org.harmkb.pipeline.BuildResult;
import org.harmkb.pipeline.SiteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, part 1: the output folder never deletes an author's files. Every case runs the real command line
 * on a site in a temporary folder (paths absolute, so nothing points at the repository) and checks that every
 * file and folder that was there before is still there, byte for byte.
 */
class OutputFolderSafetyTest {

    @TempDir
    Path temp;

    private Path site;
    private Path config;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeSite() throws IOException {
        site = temp.resolve("site");
        write("content/index.md", "---\ntitle: \"Home\"\ndescription: \"The home page.\"\n---\nHello.\n");
        write("content/sub/b.md", "---\ntitle: \"B\"\ndescription: \"About B.\"\n---\nB text.\n");
        try (Stream<Path> theme = Files.walk(Path.of("theme"))) {
            for (Path file : theme.filter(Files::isRegularFile).toList()) {
                Path target = site.resolve("theme").resolve(Path.of("theme").relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        write("notes.txt", "my notes\n");
        write("mine/keep.txt", "not the generator's\n");
        config = write("site-config.yaml", "title: \"Test\"\ndescription: \"Test site\"\n"
                + "base_url: \"https://example.org/\"\ntheme_dir: theme\n");
    }

    @Test
    void outIsTheContentFolderIsRefused() throws IOException {
        assertRefused("is the content folder " + site.resolve("content") + "/", "build", "--out", at("content"));
    }

    @Test
    void outNamingContentByAWayRoundIsRefused() throws IOException {
        assertRefused("is the content folder", "build", "--out", site.resolve("content/../content").toString());
    }

    @Test
    void outIsTheSiteFolderIsRefused() throws IOException {
        assertRefused("contains the content folder", "build", "--out", site.resolve(".").toString());
    }

    @Test
    void outIsTheFolderAboveTheSiteIsRefused() throws IOException {
        assertRefused("contains the content folder", "build", "--out", site.resolve("..").toString());
    }

    @Test
    void outIsTheThemeFolderIsRefused() throws IOException {
        assertRefused("is the theme folder " + site.resolve("theme") + "/", "build", "--out", at("theme"));
    }

    @Test
    void outInsideTheContentFolderIsRefused() throws IOException {
        assertRefused("sits inside the content folder", "build", "--out", at("content/sub"));
    }

    @Test
    void outIsAFileIsRefused() throws IOException {
        String message = assertRefused("is a file, not a folder the generator made", "build", "--out", at("notes.txt"));
        assertThat(message).contains("hint: choose a new folder, e.g. public/; or, if the file may go, add --force");
    }

    @Test
    void serveWithOutTheContentFolderIsRefusedBeforeItBuilds() throws IOException {
        assertRefused("is the content folder", "serve", "--port", "0", "--out", at("content"));
    }

    @Test
    void outputDirInsideContentInTheConfigIsRefusedAtItsLine() throws IOException {
        Files.writeString(config, Files.readString(config) + "output_dir: content/sub\n");
        String message = assertRefused("", "build");
        assertThat(message).startsWith(config + ":5:13: error: output_dir content/sub sits inside the content folder");
    }

    @Test
    void outIsTheRootOfTheFileSystemIsRefused() throws IOException {
        assertRefused("--out / is the root of the file system", "build", "--out", "/");
    }

    @Test
    void outIsOrContainsTheHomeFolderIsRefused() throws IOException {
        Path home = site.resolve("homes/me");
        write("homes/me/letter.txt", "private\n");
        String realHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            assertRefused("is your home folder", "build", "--out", home.toString());
            assertRefused("contains your home folder", "build", "--out", at("homes"));
        } finally {
            System.setProperty("user.home", realHome);
        }
    }

    @Test
    void aSymbolicLinkToTheContentFolderIsRefused() throws IOException {
        Files.createSymbolicLink(site.resolve("link"), site.resolve("content"));
        assertRefused("is the content folder", "build", "--out", at("link"));
    }

    @Test
    void aFolderOfOtherFilesIsRefused() throws IOException {
        String message = assertRefused("holds files the generator did not make (it has no .kb-site marker)",
                "build", "--out", at("mine"));
        assertThat(message).contains("hint: choose a new or empty folder, e.g. public/; or, if everything in it may go, add --force");
    }

    @Test
    void aLeftoverStagingFolderOfOtherFilesIsRefused() throws IOException {
        write(".public.staging/mine.txt", "not the generator's\n");
        assertRefused("the folder beside it, " + site.resolve(".public.staging") + ", holds files the generator did not make",
                "build", "--out", at("public"));
    }

    @Test
    void aFolderABuildMadeIsReplacedAndKeepsItsMarker() throws IOException {
        assertThat(run("build", "--config", config.toString(), "--out", at("public"))).isZero();
        assertThat(site.resolve("public/.kb-site")).isRegularFile();
        write("public/stale.html", "old");
        Map<String, String> sources = tree(site, "public");

        assertThat(run("build", "--config", config.toString(), "--out", at("public"))).as(err.toString()).isZero();

        assertThat(site.resolve("public/stale.html")).doesNotExist();
        assertThat(site.resolve("public/sub/b/index.html")).isRegularFile();
        assertThat(site.resolve("public/.kb-site")).isRegularFile();
        assertThat(tree(site, "public")).isEqualTo(sources);
        try (Stream<Path> siblings = Files.list(site)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".public."));
        }
    }

    @Test
    void forceReplacesAFolderOfOtherFiles() throws IOException {
        Map<String, String> others = tree(site, "mine");

        assertThat(run("build", "--config", config.toString(), "--force", "--out", at("mine"))).as(err.toString()).isZero();

        assertThat(site.resolve("mine/keep.txt")).doesNotExist();
        assertThat(site.resolve("mine/.kb-site")).isRegularFile();
        assertThat(tree(site, "mine")).isEqualTo(others);
    }

    @Test
    void forceNeverAllowsTheContentFolder() throws IOException {
        assertRefused("is the content folder", "build", "--force", "--out", at("content"));
    }

    @Test
    void checkWithOutTheContentFolderIsRefusedToo() throws IOException {
        assertRefused("is the content folder", "check", "--out", at("content"));
    }

    @Test
    void theBuildItselfRefusesAFolderTheCommandLineDidNotCheck() throws IOException {
        Map<String, String> before = tree(site, null);
        BuildResult result = new SiteBuilder().build(BuildOptions.defaults(config).withOutputDir(site.resolve("content")));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.written()).isFalse();
        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.format()).contains("--out " + site.resolve("content") + " is the content folder"));
        assertThat(tree(site, null)).isEqualTo(before);
    }

    /** Runs the command with the site's config, asserts exit 2 with {@code clash} in the message, and that nothing changed. */
    private String assertRefused(String clash, String... args) throws IOException {
        Map<String, String> before = tree(site, null);
        List<String> command = new ArrayList<>(List.of(args));
        command.addAll(1, List.of("--config", config.toString()));

        int code = run(command.toArray(String[]::new));

        String message = err.toString();
        assertThat(code).as(message).isEqualTo(Main.EXIT_USAGE);
        assertThat(message).contains(clash).contains("  hint: ");
        assertThat(out.toString()).doesNotContain("Built");
        assertThat(tree(site, null)).isEqualTo(before);
        err.getBuffer().setLength(0);
        return message;
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private String at(String relative) {
        return site.resolve(relative).toString();
    }

    private Path write(String relative, String text) throws IOException {
        Path file = site.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Every file (with a hash of its bytes), folder and link under {@code root}, except the folder {@code skip}:
     * the tree before and after a command must be equal.
     */
    private static Map<String, String> tree(Path root, String skip) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String name = root.relativize(path).toString();
                if (skip != null && (name.equals(skip) || name.startsWith(skip + "/"))) {
                    continue;
                }
                if (Files.isSymbolicLink(path)) {
                    entries.put(name, "link to " + Files.readSymbolicLink(path));
                } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    entries.put(name + "/", "folder");
                } else {
                    entries.put(name, sha256(Files.readAllBytes(path)));
                }
            }
        }
        return entries;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
