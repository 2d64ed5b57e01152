package org.harmkb.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Times the stages of one build for {@link StageTimings}. CPU time is the process's
 * ({@code com.sun.management.OperatingSystemMXBean#getProcessCpuTime}), because stages run their pages on
 * the common fork-join pool: a thread's own CPU time would miss most of the work. Only the orchestrating
 * thread may call {@link #time}; nested calls are subtracted from the enclosing stage.
 */
final class StageClock {

    private final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    private final long startWall = System.nanoTime();
    private final long startCpu = cpuNanos();
    private final Map<String, long[]> totals = new LinkedHashMap<>();
    /** For each running stage: wall and CPU nanoseconds spent in stages nested within it. */
    private final Deque<long[]> nested = new ArrayDeque<>();

    <T> T time(String stage, Supplier<T> work) {
        long[] sum = totals.computeIfAbsent(stage, s -> new long[2]);
        long wall = System.nanoTime();
        long cpu = cpuNanos();
        nested.push(new long[2]);
        try {
            return work.get();
        } finally {
            long[] inner = nested.pop();
            long spentWall = System.nanoTime() - wall;
            long spentCpu = cpuNanos() - cpu;
            sum[0] += spentWall - inner[0];
            sum[1] += spentCpu - inner[1];
            if (!nested.isEmpty()) {
                nested.peek()[0] += spentWall;
                nested.peek()[1] += spentCpu;
            }
        }
    }

    void time(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    StageTimings timings() {
        boolean knowsCpu = startCpu >= 0;
        List<StageTimings.StageTiming> stages = totals.entrySet().stream()
                .map(e -> timing(e.getKey(), e.getValue()[0], e.getValue()[1], knowsCpu)).toList();
        return new StageTimings(stages, timing("total", System.nanoTime() - startWall, cpuNanos() - startCpu, knowsCpu));
    }

    private static StageTimings.StageTiming timing(String stage, long wall, long cpu, boolean knowsCpu) {
        return new StageTimings.StageTiming(stage, Duration.ofNanos(wall), knowsCpu ? Duration.ofNanos(cpu) : Duration.ofNanos(-1));
    }

    private long cpuNanos() {
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }
}
