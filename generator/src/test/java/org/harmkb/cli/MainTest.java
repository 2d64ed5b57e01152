package org.harmkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.harmkb.pipeline.SiteTrees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void successfulBuildExitsZeroAndEndsWithTheSummaryLine() throws IOException {
        Path config = SiteTrees.writeSite(temp, Map.of("index.md", SiteTrees.page("Home", "Hi"), "a.md", SiteTrees.page("A", "B")));

        assertThat(run("build", "--config", config.toString())).isZero();
        assertThat(out.toString().strip()).matches("Built 2 pages in \\d+\\.\\d s \\(0 errors, 0 warnings\\)");
        assertThat(temp.resolve("public/a/index.html")).exists();
    }

    @Test
    void contentErrorsExitOneWithDiagnosticsAndSummary() throws IOException {
        Path config = SiteTrees.writeSite(temp, Map.of("index.md", "---\ntitle: \"Home\"\ntittle: \"x\"\ndescription: \"d\"\n---\n"));

        assertThat(run("build", "--config", config.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("content/index.md:3:1: error: unknown key 'tittle' in front matter")
                .contains("  hint: did you mean 'title'?");
        assertThat(out.toString().strip()).matches(
                "Build failed: 0 pages in \\d+\\.\\d s \\(1 error, 0 warnings\\); nothing was written");
        assertThat(temp.resolve("public")).doesNotExist();
    }

    @Test
    void checkWritesNothingAndSaysChecked() throws IOException {
        Path config = SiteTrees.writeSite(temp, Map.of("index.md", SiteTrees.page("Home", "Hi")));

        assertThat(run("check", "--config", config.toString())).isZero();
        assertThat(out.toString()).startsWith("Checked 1 page in ");
        assertThat(temp.resolve("public")).doesNotExist();
    }

    @Test
    void overridesTakePrecedenceOverTheConfig() throws IOException {
        Path config = SiteTrees.writeSite(temp, Map.of("index.md", SiteTrees.page("Home", "Hi")));
        Path elsewhere = temp.resolve("elsewhere");

        assertThat(run("build", "--config", config.toString(), "--out", elsewhere.toString(),
                "--base-url", "https://example.org/kb")).isZero();
        assertThat(elsewhere.resolve("index.html")).content().contains("href=\"/kb/assets/style.");
    }

    @Test
    void missingConfigIsAContentErrorNamingTheFile() {
        assertThat(run("build", "--config", temp.resolve("nope.yaml").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("nope.yaml: error: config file not found");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("build", "--no-such-option")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(run("publish")).isEqualTo(2);
    }

    @Test
    void anInternalErrorPrintsOneLineAndSavesTheTraceToAFile() throws IOException {
        StringWriter shown = new StringWriter();
        int code = Main.internalError(new IllegalStateException("stage broke"), new PrintWriter(shown), temp, false);

        assertThat(code).isEqualTo(Main.EXIT_INTERNAL);
        String line = shown.toString().strip();
        assertThat(line).doesNotContain("\n").doesNotContain("\tat ")
                .startsWith("internal error: this is a bug in the generator, not in your content "
                        + "(java.lang.IllegalStateException: stage broke); please report it with the trace saved in " + temp);
        Path saved = Path.of(line.substring(line.lastIndexOf(" in ") + 4));
        assertThat(java.nio.file.Files.readString(saved)).contains("stage broke").contains("\tat org.harmkb.cli.MainTest");
    }

    @Test
    void theStacktraceFlagPrintsTheTraceInstead() {
        StringWriter shown = new StringWriter();
        Main.internalError(new IllegalStateException("stage broke"), new PrintWriter(shown), temp, true);

        assertThat(shown.toString()).contains("please report it with the trace below").contains("\tat org.harmkb.cli.MainTest");
        assertThat(temp.toFile().list()).isEmpty();
        assertThat(run("build", "--stacktrace", "--help")).isZero();
    }

    @Test
    void helpAndVersionWork() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("build").contains("check");
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).contains("kb ");
        assertThat(run("build", "--help")).isZero();
        assertThat(out.toString()).contains("--base-url").contains("--drafts");
    }
}
