package org.harmkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.harmkb.pipeline.SiteTrees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} for CI ({@code --strict}, {@code --format}), {@code new}, and {@code serve}'s start-up errors. */
class AuthoringCommandsTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private Path siteWithAWarning() throws IOException {
        Path config = SiteTrees.writeSite(temp, Map.of("index.md", SiteTrees.page("Home", "Hi")));
        Files.createDirectories(temp.resolve("content/real"));
        Files.createSymbolicLink(temp.resolve("content/linked"), temp.resolve("content/real"));
        return config;
    }

    private Path siteWithAnError() throws IOException {
        return SiteTrees.writeSite(temp, Map.of("index.md", "---\ntitle: \"Home\"\ntittle: \"x\"\ndescription: \"d\"\n---\n"));
    }

    @Test
    void strictCheckFailsOnWarningsThatAPlainCheckAllows() throws IOException {
        Path config = siteWithAWarning();
        assertThat(run("check", "--config", config.toString())).isZero();
        assertThat(out.toString()).contains("(0 errors, 1 warning)");
        assertThat(err.toString()).contains("warning: symbolic link to a folder is not followed");

        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertThat(run("check", "--strict", "--config", config.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("error: symbolic link to a folder is not followed");
        assertThat(out.toString()).contains("Check failed").contains("(1 error, 0 warnings)");
    }

    @Test
    void githubFormatPrintsAnnotationsWithFileLineAndColumn() throws IOException {
        Path config = siteWithAnError();
        assertThat(run("check", "--format", "github", "--config", config.toString())).isEqualTo(1);
        String path = org.harmkb.diagnostic.SourcePaths.display(temp.resolve("content/index.md"));
        assertThat(out.toString()).contains("::error file=" + path + ",line=3,col=1,title=kb error::"
                + "unknown key 'tittle' in front matter%0Ahint: did you mean 'title'?\n");
        assertThat(out.toString().strip()).endsWith("nothing was written");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void githubAnnotationsEscapeWhatWouldBreakTheCommand() {
        String command = Reporter.githubCommand(org.harmkb.diagnostic.Diagnostic.warning(
                "content/a,b:c.md", 2, 0, "100% sure\nreally", ""));
        assertThat(command).isEqualTo("::warning file=content/a%2Cb%3Ac.md,line=2,title=kb warning::100%25 sure%0Areally");
    }

    @Test
    void jsonFormatPrintsOneObjectAndTheSummaryApart() throws IOException {
        Path config = siteWithAnError();
        assertThat(run("check", "--format", "json", "--config", config.toString())).isEqualTo(1);
        String path = org.harmkb.diagnostic.SourcePaths.display(temp.resolve("content/index.md"));
        assertThat(out.toString().strip()).startsWith("{\"succeeded\":false,\"pages\":0,\"errors\":1,\"warnings\":0,\"notShown\":0,")
                .contains(",\"diagnostics\":[{\"severity\":\"error\",\"path\":\"" + path + "\",\"line\":3,\"column\":1,"
                        + "\"message\":\"unknown key 'tittle' in front matter\",\"hint\":\"did you mean 'title'?\"}]}")
                .doesNotContain("\n");
        assertThat(err.toString()).startsWith("Check failed: 0 pages in ");
    }

    @Test
    void withoutATerminalThereIsNoProgressButStillTheSummary() throws IOException {
        Path config = SiteTrees.writeSite(temp, Map.of("index.md", SiteTrees.page("Home", "Hi")));
        assertThat(run("build", "--config", config.toString())).isZero();
        assertThat(out.toString() + err.toString()).doesNotContain("\r").contains("Built 1 page in ");
        assertThat(run("build", "--quiet", "--config", config.toString())).isZero();
        assertThat(out.toString()).contains("Built 1 page in ");
    }

    @Test
    void newWritesAnArticleThatCheckFlagsUntilItHasADescription() throws IOException {
        Path config = SiteTrees.writeSite(temp, Map.of("index.md", SiteTrees.page("Home", "Hi")));
        LocalDate before = LocalDate.now();
        assertThat(run("new", "Asking for a \"different\" approach", "--dir", "your-rights", "--config", config.toString())).isZero();
        Path file = temp.resolve("content/your-rights/asking-for-a-different-approach.md");
        assertThat(out.toString()).contains("Created ").contains("your-rights/asking-for-a-different-approach.md");
        String text = Files.readString(file);
        LocalDate today = text.contains("date: " + before) ? before : LocalDate.now();
        assertThat(text).startsWith("---\ntitle: \"Asking for a \\\"different\\\" approach\"\ndescription: \"\"")
                .contains("\ndate: " + today + "\nlast_reviewed: " + today + "\nnext_review: " + today.plusMonths(12) + "\n---\n");

        err.getBuffer().setLength(0);
        assertThat(run("check", "--config", config.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("asking-for-a-different-approach.md:3:14: error: 'description' must not be empty");

        Files.writeString(file, text.replace("description: \"\"", "description: \"How to ask.\""));
        assertThat(run("check", "--config", config.toString())).isZero();
    }

    @Test
    void newNeverOverwritesAndStaysInsideTheContentFolder() throws IOException {
        Path config = SiteTrees.writeSite(temp, Map.of("index.md", SiteTrees.page("Home", "Hi")));
        Files.writeString(temp.resolve("content/mine.md"), "my words");
        assertThat(run("new", "Mine", "--config", config.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("mine.md: error: this file already exists; nothing was written");
        assertThat(Files.readString(temp.resolve("content/mine.md"))).isEqualTo("my words");

        assertThat(run("new", "Escape", "--dir", "../outside", "--config", config.toString())).isEqualTo(2);
        assertThat(run("new", "Hidden", "--dir", "_drafts", "--config", config.toString())).isEqualTo(2);
        assertThat(run("new", "!!!", "--config", config.toString())).isEqualTo(2);
        assertThat(temp.resolve("outside")).doesNotExist();
    }

    @Test
    void newRefusesEveryFolderTheContentLoaderIgnores() throws IOException {
        Path config = SiteTrees.writeSite(temp, Map.of("index.md", SiteTrees.page("Home", "Hi")));
        for (String dir : new String[] {".git", "sub/.hidden", "_drafts", "sub/_private", "./a", "a/../b"}) {
            err.getBuffer().setLength(0);
            assertThat(run("new", "Hidden", "--dir", dir, "--config", config.toString())).as(dir).isEqualTo(2);
            assertThat(err.toString()).contains("--dir must be a folder inside the content folder whose name does not start "
                    + "with _ or . (those are ignored): " + dir);
        }
        try (java.util.stream.Stream<Path> files = Files.walk(temp.resolve("content"))) {
            assertThat(files.filter(Files::isRegularFile).map(p -> temp.resolve("content").relativize(p).toString()))
                    .containsExactly("index.md");
        }
    }

    @Test
    void serveWithABrokenConfigSaysSoAndExitsOne() {
        assertThat(run("serve", "--port", "0", "--config", temp.resolve("missing.yaml").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("missing.yaml: error: config file not found")
                .contains("error: the config file has errors; fix them and start serve again");
    }

    @Test
    void serveExplainsATakenPort() throws IOException {
        Path config = SiteTrees.writeSite(temp, Map.of("index.md", SiteTrees.page("Home", "Hi")));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThat(run("serve", "--port", String.valueOf(port), "--config", config.toString())).isEqualTo(1);
            assertThat(err.toString()).contains("error: cannot serve on 127.0.0.1:" + port)
                    .contains("hint: another program may be using the port");
        }
    }
}
