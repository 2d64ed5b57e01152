package org.harmkb.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds run as real processes: killed half-way, and single-threaded against the parallel in-process build. */
class ProcessBuildTest {

    @TempDir
    Path temp;

    @Test
    void killedBuildLeavesPreviousSiteIntactAndTheNextBuildRecovers() throws Exception {
        Path config = SiteTrees.writeSite(temp.resolve("site"), corpus(3000));
        Path out = temp.resolve("site/public");
        assertThat(run(config, false).waitFor()).isZero();
        Map<String, String> before = SiteTrees.digest(out);
        // Keeps the heading p2999 links to (#part-1): anchors are checked, and a broken one would fail the build.
        Files.writeString(temp.resolve("site/content/p0.md"), SiteTrees.page("Changed", "## Part 1\n\nChanged body"));

        Process build = run(config, false);
        Path staging = temp.resolve("site/.public.staging");
        awaitHtmlIn(staging, build);
        killWithItsChildren(build);

        assertThat(SiteTrees.digest(out)).isEqualTo(before);
        assertThat(run(config, false).waitFor()).isZero();
        assertThat(Files.readString(out.resolve("p0/index.html"))).contains("Changed body");
        assertThat(staging).doesNotExist();
    }

    @Test
    void singleThreadedBuildWritesTheSameBytesAsTheParallelBuild() throws Exception {
        Path config = SiteTrees.writeSite(temp.resolve("site"), corpus(300));
        BuildResult parallel = new SiteBuilder().build(BuildOptions.defaults(config).withOutputDir(temp.resolve("parallel")));
        assertThat(parallel.succeeded()).isTrue();

        assertThat(run(config, true).waitFor()).isZero();

        assertThat(SiteTrees.digest(temp.resolve("site/public"))).isEqualTo(SiteTrees.digest(temp.resolve("parallel")));
    }

    private static Map<String, String> corpus(int pages) {
        Map<String, String> out = new HashMap<>();
        out.put("index.md", SiteTrees.page("Home", "Welcome"));
        for (int i = 0; i < pages; i++) {
            StringBuilder body = new StringBuilder();
            for (int s = 0; s < 4; s++) {
                body.append("## Part ").append(s).append("\n\nSome words about page ").append(i)
                        .append(" and [the next page](p").append((i + 1) % pages).append(".md#part-1).\n\n");
            }
            out.put("p" + i + ".md", SiteTrees.page("Page " + i, body.toString()));
        }
        return out;
    }

    private static Process run(Path config, boolean singleThreaded) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        if (singleThreaded) {
            command.add("-Djava.util.concurrent.ForkJoinPool.common.parallelism=1");
        }
        command.addAll(List.of("org.harmkb.cli.Main", "build", "--config", config.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** The jar runs the build in a child JVM (cli/Launcher): a killed build is the whole process tree. */
    private static void killWithItsChildren(Process build) throws Exception {
        List<ProcessHandle> tree = new ArrayList<>(build.descendants().toList());
        tree.forEach(ProcessHandle::destroyForcibly);
        build.destroyForcibly().waitFor();
        for (ProcessHandle process : tree) {
            process.onExit().get();
        }
    }

    /**
     * Polls until the staging folder holds a rendered page, i.e. the build is half-way through writing. The
     * build ending first fails the test; the deadline only guards against a hung build, so it is generous
     * (CI machines may be heavily loaded). Each poll yields the CPU for a millisecond: spinning would take a
     * core from the build it waits for.
     */
    private static void awaitHtmlIn(Path staging, Process build) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(deadline)) {
            assertThat(build.isAlive()).as("build finished before it could be interrupted").isTrue();
            if (Files.isDirectory(staging)) {
                try (Stream<Path> files = Files.walk(staging)) {
                    if (files.anyMatch(f -> f.toString().endsWith(".html"))) {
                        return;
                    }
                } catch (IOException | java.io.UncheckedIOException e) {
                    // the tree changed while we walked it; look again
                }
            }
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
        throw new AssertionError("no page was staged within 10 minutes");
    }
}
