package org.harmkb.diagnostic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Collects the diagnostics of one build. Thread-safe: stages running in parallel report into the same
 * collector. Keeps all of them, so which ones are shown never depends on thread timing; {@link #sorted()}
 * gives the first {@link #CAP} in path and line order, and the counts stay true.
 */
public final class Diagnostics {

    /** The most diagnostics {@link #sorted()} returns for printing. */
    public static final int CAP = 200;

    /**
     * Every distinct diagnostic. A concurrent set rather than a lock: in {@code serve} every page's kept
     * results replay their diagnostics (13,000 warnings at 10,000 pages) from both cores at once.
     */
    private final Set<Diagnostic> seen;
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger warnings = new AtomicInteger();

    public Diagnostics() {
        this(16);
    }

    /**
     * @param expected about how many diagnostics to expect ({@code serve}: the last build's count), so the set
     *                 does not resize as it fills
     */
    public Diagnostics(int expected) {
        seen = ConcurrentHashMap.newKeySet(Math.max(16, expected));
    }

    /** Records {@code diagnostic}; an exact repeat (one template error met by every page) is ignored. */
    public void report(Diagnostic diagnostic) {
        if (!seen.add(diagnostic)) {
            return;
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
        for (Diagnostic diagnostic : diagnostics) {
            report(diagnostic);
        }
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
        if (seen.size() <= CAP) {
            return all();
        }
        // The first CAP of many (13,000 warnings at 10,000 pages, on every serve rebuild) without sorting them all.
        PriorityQueue<Diagnostic> last = new PriorityQueue<>(CAP + 1, Collections.reverseOrder());
        for (Diagnostic diagnostic : seen) {
            if (last.size() < CAP) {
                last.add(diagnostic);
            } else if (diagnostic.compareTo(last.peek()) < 0) {
                last.poll();
                last.add(diagnostic);
            }
        }
        List<Diagnostic> first = new ArrayList<>(last);
        first.sort(null);
        return List.copyOf(first);
    }

    /** Every diagnostic, sorted by path, line and column. A fresh immutable list. */
    public List<Diagnostic> all() {
        List<Diagnostic> copy = new ArrayList<>(seen);
        copy.sort(null);
        return List.copyOf(copy);
    }
}
