package org.harmkb.pipeline;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts finished items of a phase and tells a {@link BuildProgress}. Thread-safe. */
final class ProgressCounter {
    private final BuildProgress progress;
    private final String phase;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();

    ProgressCounter(BuildProgress progress, String phase, int total) {
        this.progress = progress;
        this.phase = phase;
        this.total = total;
        progress.update(phase, 0, total);
    }

    <T> T count(T item) {
        if (progress != BuildProgress.NONE) {
            progress.update(phase, done.incrementAndGet(), total);
        }
        return item;
    }
}
