package org.harmkb.diagnostic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Collects the diagnostics of one build. Thread-safe: stages running in parallel report into the same
 * collector. Keeps all of them, so which ones are shown never depends on thread timing; {@link #sorted()}
 * gives the first {@link #CAP} in path and line order, and the counts stay true.
 */
public final class Diagnostics {

    /** The most diagnostics {@link #sorted()} returns for printing. */
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
            kept.add(diagnostic);
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

    /**
     * Reports that the JVM gave up on one page ({@link StackOverflowError}, {@link OutOfMemoryError}) while
     * {@code stage} handled it: the build goes on with the other pages and fails with this error, naming the page.
     */
    public void pageFailed(String path, int line, String stage, VirtualMachineError error) {
        String what = error instanceof StackOverflowError ? "is nested too deeply" : "is too large";
        error(path, line, 1, "this page " + what + " to " + stage + " (" + error.getClass().getSimpleName() + ")",
                "split the page into smaller pages, or remove the deeply nested or repeated part");
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

    /** How many {@link #sorted()} leaves out because of {@link #CAP}. */
    public int droppedCount() {
        return Math.max(0, errors.get() + warnings.get() - CAP);
    }

    /** The first {@link #CAP} diagnostics sorted by path, line and column. A fresh immutable list. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> all = all();
        return all.size() > CAP ? all.subList(0, CAP) : all;
    }

    /** Every diagnostic, sorted by path, line and column. A fresh immutable list. */
    public List<Diagnostic> all() {
        List<Diagnostic> copy;
        synchronized (kept) {
            copy = new ArrayList<>(kept);
        }
        copy.sort(null);
        return List.copyOf(copy);
    }
}
