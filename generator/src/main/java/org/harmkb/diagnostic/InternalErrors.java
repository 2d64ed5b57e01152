package org.harmkb.diagnostic;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How every edge (the CLI's exit 3, serve's rebuild thread) reports a bug in the generator: one plain line
 * says it is not a problem in the author's files, and the stack trace goes to a new file in a folder
 * (normally the temporary folder) whose path the line names, to attach to a report.
 */
public final class InternalErrors {

    private InternalErrors() {
    }

    /**
     * Prints the line on {@code err}; the trace follows it instead of going to a file when {@code printTrace}
     * is set or the file cannot be written.
     */
    public static void report(Throwable e, PrintWriter err, Path traceDir, boolean printTrace) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String what = "internal error: this is a bug in the generator, not in your content (" + e + ")";
        Path file = null;
        if (!printTrace) {
            try {
                file = Files.createTempFile(traceDir, "kb-internal-error-", ".txt");
                Files.writeString(file, trace.toString(), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException cannotSave) {
                file = null;
            }
        }
        if (file == null) {
            err.println(what + "; please report it with the trace below");
            err.print(trace);
        } else {
            err.println(what + "; please report it with the trace saved in " + file);
        }
        err.flush();
    }

    /** The system's temporary folder, where traces go unless a caller names another. */
    public static Path temporaryFolder() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }
}
