package org.harmkb.diagnostic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Collects the diagnostics of one build. Thread-safe: stages running in parallel report into the same
 * collector. Keeps at most {@link #CAP} diagnostics but counts all of them, so the summary stays true.
 */
public final class Diagnostics {

    /** The most diagnostics kept for printing; more are counted but dropped. */
    public static final int CAP = 200;

    private final List<Diagnostic> kept = new ArrayList<>();
    private final Set<Diagnostic> seen = new HashSet<>();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger warnings = new AtomicInteger();

    /** Records {@code diagnostic}; an exact repeat (one template error met by every page) is ignored. */
    public void report(Diagnostic diagnostic) {
        synchronized (kept) {
            if (!seen.add(diagnostic)) {
                return;
            }
            if (kept.size() < CAP) {
                kept.add(diagnostic);
            }
        }
        if (diagnostic.isError()) {
            errors.incrementAndGet();
        } else {
            warnings.incrementAndGet();
        }
    }

    public void error(String path, int line, int column, String message, String hint) {
        report(Diagnostic.error(path, line, column, message, hint));
    }

    public void warning(String path, int line, int column, String message, String hint) {
        report(Diagnostic.warning(path, line, column, message, hint));
    }

    public void reportAll(Iterable<Diagnostic> diagnostics) {
        diagnostics.forEach(this::report);
    }

    public int errorCount() {
        return errors.get();
    }

    public int warningCount() {
        return warnings.get();
    }

    public boolean hasErrors() {
        return errors.get() > 0;
    }

    /** How many were reported but not kept because of {@link #CAP}. */
    public int droppedCount() {
        return errors.get() + warnings.get() - sorted().size();
    }

    /** The kept diagnostics sorted by path, line and column. A fresh immutable list. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy;
        synchronized (kept) {
            copy = new ArrayList<>(kept);
        }
        copy.sort(null);
        return List.copyOf(copy);
    }
}
