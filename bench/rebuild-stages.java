// Times serve's incremental rebuild stage by stage in one JVM, without the file watcher or a browser: a full
// build of the corpus, then EDITS saves of one article (each told to the cache, as serve's watcher does), each
// followed by a rebuild; prints each stage's median, 90th and 10th percentile wall time over the saves after
// 10 unmeasured ones. Quieter than bench/serve-latency.sh for comparing two jars' stages (alternate them);
// the 10th percentile is the least disturbed by other load on the machine.
//
//   java -XX:GCTimeRatio=4 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 \
//       -cp generator/target/kb.jar bench/rebuild-stages.java bench/work/10000 60 /tmp/rebuild-out
//
// (The JVM options are the ones kb.jar's launcher gives serve.) With -Djfr=FILE.jfr, records a JFR profile of
// the measured rebuilds only (1 ms sampling).

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.harmkb.pipeline.BuildCache;
import org.harmkb.pipeline.BuildOptions;
import org.harmkb.pipeline.BuildProgress;
import org.harmkb.pipeline.BuildResult;
import org.harmkb.pipeline.SiteBuilder;

public class RebuildStages {

    private static final int WARM_UP = 10;

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int edits = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        Path article;
        try (var files = Files.walk(corpus.resolve("content"))) {
            article = files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("index.md"))
                    .sorted().findFirst().orElseThrow();
        }
        String original = Files.readString(article);
        BuildCache cache = BuildCache.create();
        cache.deferSlowWork(true);
        SiteBuilder builder = new SiteBuilder(cache, BuildProgress.NONE);
        BuildOptions options = BuildOptions.defaults(corpus.resolve("site-config.yaml")).withOutputDir(out);
        System.err.println(builder.build(options).summary("Built", "Build"));
        cache.computeDeferred();
        Map<String, List<Long>> micros = new TreeMap<>();
        jdk.jfr.Recording recording = null;
        try {
            for (int i = 0; i < WARM_UP + edits; i++) {
                if (i == WARM_UP && System.getProperty("jfr") != null) {
                    jdk.jfr.Configuration settings = jdk.jfr.Configuration.getConfiguration("profile");
                    recording = new jdk.jfr.Recording(settings);
                    recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(1));
                    recording.start();
                }
                Files.writeString(article, original + "\nBenchmark edit " + i + ".\n");
                cache.expectChanges(Set.of(article.toAbsolutePath()));
                BuildResult result = builder.build(options);
                if (!result.succeeded()) {
                    throw new IllegalStateException(result.summary("Rebuilt", "Rebuild"));
                }
                if (i >= WARM_UP) {
                    result.timings().stages().forEach(stage -> micros.computeIfAbsent(stage.stage(), k -> new ArrayList<>())
                            .add(stage.wall().toNanos() / 1000));
                    micros.computeIfAbsent("~total", k -> new ArrayList<>()).add(result.timings().total().wall().toNanos() / 1000);
                }
            }
        } finally {
            if (recording != null) {
                recording.stop();
                recording.dump(Path.of(System.getProperty("jfr")));
            }
            Files.writeString(article, original);
        }
        micros.forEach((stage, values) -> {
            Collections.sort(values);
            System.out.printf("%-18s median %7.1f ms  p90 %7.1f ms  p10 %7.1f ms%n", stage, at(values, 0.5), at(values, 0.9),
                    at(values, 0.1));
        });
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get((int) (sorted.size() * quantile)) / 1000.0;
    }
}
