package org.harmkb.cli;

import java.io.PrintWriter;
import org.harmkb.diagnostic.Diagnostic;
import org.harmkb.pipeline.BuildOptions;
import picocli.CommandLine.Option;

/**
 * {@code --force} and the usage error for an output folder the build may not replace: it is checked before
 * anything is read or written, so a refused {@code --out} exits 2 at once. (The build checks again before it
 * writes, for serve's rebuilds after the config changed.)
 */
final class OutputFolderUsage {

    @Option(names = "--force", description = "Replace the output folder even if a build did not make it (it lacks the "
            + ".kb-site marker every build leaves, or is a file): everything in it is deleted. Never allows the content "
            + "or theme folder, the config's folder, / or your home folder.")
    boolean force;

    /**
     * Prints the refusal and returns true when {@code options}' output folder may not be replaced; false when
     * it may, or when the config does not load (the build then reports why and writes nothing).
     */
    static boolean refused(BuildOptions options, PrintWriter err) {
        return options.checkOutputFolder().flatMap(check -> check.refusal()).map(refusal -> {
            err.println(format(refusal));
            err.flush();
            return true;
        }).orElse(false);
    }

    /** At the config line for {@code output_dir}; a plain {@code error:} for {@code --out} on the command line. */
    static String format(Diagnostic refusal) {
        if (refusal.line() > 0) {
            return refusal.format();
        }
        return "error: " + refusal.message() + System.lineSeparator() + "  hint: " + refusal.hint();
    }
}
