package org.harmkb.cli;

import java.io.PrintWriter;
import org.harmkb.build.BuildResult;
import org.harmkb.diagnostic.Diagnostic;

/** Prints a build's diagnostics (to the error stream) and its one-line summary (to the output stream). */
final class Reporter {

    private Reporter() {
    }

    static int report(BuildResult result, String done, String noun, PrintWriter out, PrintWriter err) {
        for (Diagnostic diagnostic : result.diagnostics()) {
            err.println(diagnostic.format());
        }
        if (result.dropped() > 0) {
            err.println("… and " + result.dropped() + " more not shown");
        }
        err.flush();
        out.println(result.summary(done, noun));
        out.flush();
        return result.succeeded() ? Main.EXIT_OK : Main.EXIT_CONTENT_ERRORS;
    }
}
