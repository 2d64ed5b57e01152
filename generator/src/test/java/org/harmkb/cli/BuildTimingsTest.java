package org.harmkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.harmkb.pipeline.SiteTrees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildTimingsTest {

    /** Every stage of a successful build, in the order they run; bench/run.sh reads these names. */
    private static final List<String> STAGES = List.of("config", "theme", "content", "markdown", "graph",
            "html", "lint", "phrase books", "search index", "related articles", "templates/write", "total");

    @TempDir
    Path temp;

    @Test
    void timingsPrintOneLinePerStageAndATotalToStandardError() throws IOException {
        Path config = site();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Main.run(new String[] {"build", "--timings", "--config", config.toString(), "--out",
                temp.resolve("timed").toString()}, new PrintWriter(out), new PrintWriter(err));

        assertThat(exit).isZero();
        List<String> lines = err.toString().lines().toList();
        assertThat(lines).hasSize(STAGES.size());
        for (int i = 0; i < STAGES.size(); i++) {
            assertThat(lines.get(i)).matches("timing  " + java.util.regex.Pattern.quote(String.format("%-16s", STAGES.get(i)))
                    + "  wall +\\d+ ms  cpu +\\d+ ms +\\d+\\.\\d% of cpu  \\d+\\.\\d\\d cores");
        }
        assertThat(lines.get(lines.size() - 1)).contains("100.0% of cpu");
        assertThat(out.toString()).startsWith("Built 3 pages in ").doesNotContain("timing");
    }

    @Test
    void timingsLeaveTheSiteAndStandardOutputUnchanged() throws IOException {
        Path config = site();
        StringWriter plainErr = new StringWriter();

        int plain = Main.run(new String[] {"build", "--config", config.toString(), "--out", temp.resolve("plain").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(plainErr));
        int timed = Main.run(new String[] {"build", "--timings", "--config", config.toString(), "--out",
                temp.resolve("timed").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));

        assertThat(plain).isZero();
        assertThat(timed).isZero();
        assertThat(plainErr.toString()).isEmpty();
        Map<String, String> site = SiteTrees.digest(temp.resolve("plain"));
        assertThat(site).hasSizeGreaterThan(3).isEqualTo(SiteTrees.digest(temp.resolve("timed")));
    }

    private Path site() throws IOException {
        return SiteTrees.writeSite(temp.resolve("site"), Map.of(
                "index.md", SiteTrees.page("Home", "Read [[a]] and [[b]]."),
                "a.md", SiteTrees.page("A", "About anger and grief in therapy."),
                "b.md", SiteTrees.page("B", "About grief and loss in therapy.")));
    }
}
