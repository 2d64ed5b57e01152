package org.harmkb.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import org.harmkb.config.ConfigLoader;
import org.harmkb.config.SiteConfig;
import org.harmkb.diagnostic.Diagnostics;
import picocli.CommandLine;

/**
 * The JVM options a command's child JVM gets beyond the collector's ({@link Launcher#CHILD_JVM_OPTIONS}): for a
 * {@code build} or {@code check} of a small or middling site, {@link #QUICK}.
 *
 * <p>HotSpot's optimising compiler (C2) spends about 20 s of CPU on this program's hot code (CITime at 10,000
 * articles: 39.7 s of compilation, 30.4 s of it C2), on a machine with 2 cores in competition with the build
 * itself, and a build of a few thousand pages ends before that pays back. The quick compiler alone
 * ({@code -XX:TieredStopAtLevel=1}) makes slower code but at once. Measured with {@code bench/run.sh}'s corpus
 * (about 4.7 KB of markdown per page): at 10,000 pages C1 alone built about a quarter faster, at 20,000 about the
 * same or faster, and at 100,000 half again slower. So a build whose markdown is smaller than
 * {@link #QUICK_BELOW_BYTES} gets C1 alone, and a larger one, {@code serve} (which runs for hours and rebuilds
 * the same code again and again) and anything unclear keep the JVM's default compilers.
 *
 * <p>C1's code allocates more (it does not remove allocations as C2 does), and G1, the default collector, grew
 * the heap instead of collecting: peak RSS 1.3–1.9 GB at 10,000 articles with the collector's {@code GCTimeRatio=4},
 * 0.8–1.25 GB with {@code GCTimeRatio=2}. The parallel collector ({@code -XX:+UseParallelGC}), made for batch jobs
 * that want throughput rather than short pauses, keeps the heap at about half that with the launcher's free ratios,
 * in the same time. 10,000 articles, same hour, alternating: {@code java} run directly, 20.3–23.1 s (6 runs) and
 * 0.44–0.46 GB against G1's 21.2–27.8 s (8 runs) and 0.82–1.25 GB; through the launcher ({@code
 * bench/compare-jars.sh}, 3 runs each) medians 24.2 s and 514 MB against 23.8 s and 980 MB; 20,000 articles, one
 * run each, 58.3 s and 832 MB against 57.6 s and 1,133 MB. A big build keeps G1, and so does {@code serve}, for
 * its short pauses.
 *
 * <p>This only chooses how fast the build runs and how much memory it takes, never what it makes: output is
 * byte-identical either way.
 */
final class JvmChoice {

    /** Total size of the content folder's markdown below which a build runs with the quick compiler alone. */
    static final long QUICK_BELOW_BYTES = 96L * 1024 * 1024;
    static final List<String> QUICK = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC");

    private JvmChoice() {
    }

    /**
     * The JVM options for running {@code args}: {@link #QUICK} for a build or check of a site whose markdown is
     * under the limit, else none. Reads the config the command would read; any problem (an unknown command, a
     * missing config) gives none, and the command then reports it itself.
     */
    static List<String> optionsFor(String[] args) {
        try {
            return contentFolder(args).filter(folder -> markdownBelow(folder, QUICK_BELOW_BYTES)).map(folder -> QUICK)
                    .orElse(List.of());
        } catch (RuntimeException e) {
            // Only speed is at stake here: the command itself meets the same problem and reports it properly.
            return List.of();
        }
    }

    /** The content folder a {@code build} or {@code check} with these arguments would read. */
    static Optional<Path> contentFolder(String[] args) {
        BuildArguments arguments;
        try {
            CommandLine.ParseResult parsed = new CommandLine(new Main()).parseArgs(args).subcommand();
            if (parsed == null || parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
                return Optional.empty();
            }
            Object command = parsed.commandSpec().userObject();
            if (command instanceof BuildCommand build) {
                arguments = build.arguments;
            } else if (command instanceof CheckCommand check) {
                arguments = check.arguments;
            } else {
                return Optional.empty();
            }
        } catch (CommandLine.PicocliException e) {
            return Optional.empty();
        }
        var options = arguments.toOptions(false);
        return ConfigLoader.load(options.configFile(), new Diagnostics()).map(options::apply).map(SiteConfig::contentDir);
    }

    /** Whether the {@code .md} files under {@code folder} add up to less than {@code limit} bytes; stops counting there. */
    static boolean markdownBelow(Path folder, long limit) {
        long[] total = {0};
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && file.getFileName().toString().endsWith(".md")) {
                        total[0] += attributes.size();
                    }
                    return total[0] < limit ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return false;
        }
        return total[0] < limit;
    }
}
