package org.harmkb.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long each stage of one build took: its wall time and the CPU time the whole process spent meanwhile
 * (every thread, so the parallel per-page work counts). Stages are listed in the order they ran; a stage
 * that ran inside another is counted once, in its own line, and left
 * out of the enclosing stage's figures. Time outside every stage (JVM start, config reading before the
 * first stage) is in {@link #total} only.
 *
 * @param stages each stage once, in the order it first ran; empty when the build stopped before any stage
 * @param total  the whole build
 */
public record StageTimings(List<StageTiming> stages, StageTiming total) {

    /** The timings of a build that was not timed. */
    public static final StageTimings NONE = new StageTimings(List.of(), new StageTiming("total", Duration.ZERO, Duration.ZERO));

    public StageTimings {
        stages = List.copyOf(stages);
    }

    /**
     * One stage's figures.
     *
     * @param cpu process CPU time over all threads while the stage ran, or negative when the JVM cannot tell
     */
    public record StageTiming(String stage, Duration wall, Duration cpu) {
    }

    /**
     * One line per stage, then the total, e.g.
     * {@code timing  markdown          wall   5120 ms  cpu   9870 ms   14.2% of cpu  1.93 cores}. The share is of
     * the build's total CPU time; cores is CPU time over wall time. The format is stable: bench/run.sh reads it.
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        stages.forEach(stage -> lines.add(line(stage)));
        lines.add(line(total));
        return lines;
    }

    private String line(StageTiming stage) {
        long wall = stage.wall().toMillis();
        String label = String.format(Locale.ROOT, "timing  %-16s  wall %6d ms", stage.stage(), wall);
        if (stage.cpu().isNegative() || total.cpu().isNegative()) {
            return label + "  cpu      ? ms";
        }
        long cpu = stage.cpu().toMillis();
        double share = total.cpu().isZero() ? 0 : 100.0 * stage.cpu().toNanos() / total.cpu().toNanos();
        double cores = wall == 0 ? 0 : (double) cpu / wall;
        return label + String.format(Locale.ROOT, "  cpu %6d ms  %5.1f%% of cpu  %4.2f cores", cpu, share, cores);
    }
}
