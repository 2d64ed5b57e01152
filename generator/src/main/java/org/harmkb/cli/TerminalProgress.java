package org.harmkb.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.harmkb.pipeline.BuildProgress;

/**
 * Draws one self-overwriting line such as {@code Rendering markdown 4,210/10,000} on a terminal, at most
 * ten times a second, and erases it when the build ends so only the summary stays. Thread-safe.
 */
final class TerminalProgress implements BuildProgress, AutoCloseable {

    static final long INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter terminal;
    private final LongSupplier clock;
    private long lastDrawn = Long.MIN_VALUE;
    private String lastPhase = "";
    private int width;

    TerminalProgress(PrintWriter terminal, LongSupplier clock) {
        this.terminal = terminal;
        this.clock = clock;
    }

    TerminalProgress(PrintWriter terminal) {
        this(terminal, System::nanoTime);
    }

    @Override
    public synchronized void update(String phase, int done, int total) {
        long now = clock.getAsLong();
        boolean newPhase = !phase.equals(lastPhase);
        if (!newPhase && now - lastDrawn < INTERVAL_NANOS) {
            return;
        }
        lastPhase = phase;
        lastDrawn = now;
        String line = total > 0 ? String.format(Locale.ROOT, "%s %,d/%,d", phase, done, total) : phase + "…";
        terminal.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        terminal.flush();
        width = line.length();
    }

    @Override
    public synchronized void close() {
        if (width > 0) {
            terminal.print("\r" + " ".repeat(width) + "\r");
            terminal.flush();
            width = 0;
        }
    }
}
