package org.harmkb.pipeline;

import java.time.Duration;
import java.util.List;
import org.harmkb.diagnostic.Diagnostic;
import org.harmkb.output.OutputChanges;

/**
 * The outcome of a build or check.
 *
 * @param pageCount   pages rendered (or checked)
 * @param diagnostics the kept diagnostics, sorted by path and line
 * @param dropped     diagnostics counted but not kept (over the cap)
 * @param written     whether the output folder was replaced
 * @param changes     which output files changed ({@link OutputChanges#NONE} when nothing was written)
 * @param timings     each stage's wall and CPU time ({@code build --timings} prints them)
 */
public record BuildResult(int pageCount, Duration elapsed, List<Diagnostic> diagnostics, int errorCount,
        int warningCount, int dropped, boolean written, OutputChanges changes, StageTimings timings) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        java.util.Objects.requireNonNull(changes);
        java.util.Objects.requireNonNull(timings);
    }

    public BuildResult(int pageCount, Duration elapsed, List<Diagnostic> diagnostics, int errorCount,
            int warningCount, int dropped, boolean written, OutputChanges changes) {
        this(pageCount, elapsed, diagnostics, errorCount, warningCount, dropped, written, changes, StageTimings.NONE);
    }

    public BuildResult(int pageCount, Duration elapsed, List<Diagnostic> diagnostics, int errorCount,
            int warningCount, int dropped, boolean written) {
        this(pageCount, elapsed, diagnostics, errorCount, warningCount, dropped, written,
                written ? OutputChanges.ALL : OutputChanges.NONE);
    }

    public boolean succeeded() {
        return errorCount == 0;
    }

    /**
     * E.g. {@code Built 27 pages in 1.3 s (0 errors, 2 warnings)}, or on failure
     * {@code Build failed: 27 pages in 1.3 s (1 error, 0 warnings); nothing was written}.
     *
     * @param done  past tense for success ({@code Built}, {@code Checked})
     * @param noun  the action's name for failure ({@code Build}, {@code Check})
     */
    public String summary(String done, String noun) {
        String seconds = String.format(java.util.Locale.ROOT, "%.1f", elapsed.toMillis() / 1000.0);
        String counts = "(" + errorCount + (errorCount == 1 ? " error, " : " errors, ")
                + warningCount + (warningCount == 1 ? " warning)" : " warnings)");
        String pages = pageCount + (pageCount == 1 ? " page" : " pages");
        if (succeeded()) {
            return done + " " + pages + " in " + seconds + " s " + counts;
        }
        return noun + " failed: " + pages + " in " + seconds + " s " + counts + (written ? "" : "; nothing was written");
    }
}
