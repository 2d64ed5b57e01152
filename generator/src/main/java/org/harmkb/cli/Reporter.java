package org.harmkb.cli;

import java.io.PrintWriter;
import java.util.List;
import org.harmkb.pipeline.BuildResult;
import org.harmkb.diagnostic.Diagnostic;
import org.harmkb.diagnostic.DiagnosticJson;
import org.harmkb.diagnostic.JsonText;
import org.harmkb.diagnostic.Severity;

/**
 * Prints a build's diagnostics and its one-line summary, which is always printed: in text format
 * diagnostics go to the error stream and the summary to the output stream; {@code github} prints workflow
 * commands and the summary to the output stream; {@code json} prints one object to the output stream and
 * the summary to the error stream, so the output stays machine-readable.
 */
final class Reporter {

    private Reporter() {
    }

    static int report(BuildResult result, String done, String noun, PrintWriter out, PrintWriter err) {
        return report(result, done, noun, ReportFormat.TEXT, out, err);
    }

    static int report(BuildResult result, String done, String noun, ReportFormat format, PrintWriter out, PrintWriter err) {
        String summary = result.summary(done, noun);
        switch (format) {
            case TEXT -> {
                for (Diagnostic diagnostic : result.diagnostics()) {
                    err.println(diagnostic.format());
                }
                if (result.dropped() > 0) {
                    err.println("… and " + result.dropped() + " more not shown");
                }
                err.flush();
                out.println(summary);
            }
            case GITHUB -> {
                result.diagnostics().forEach(d -> out.println(githubCommand(d)));
                if (result.dropped() > 0) {
                    out.println("::warning::" + escapeData(result.dropped() + " more diagnostics not shown; run check locally"));
                }
                out.println(summary);
            }
            case JSON -> {
                out.println(json(result, summary));
                err.println(summary);
                err.flush();
            }
        }
        out.flush();
        return result.succeeded() ? Main.EXIT_OK : Main.EXIT_CONTENT_ERRORS;
    }

    /** With {@code --strict}: every warning counts as an error. */
    static BuildResult strict(BuildResult result) {
        List<Diagnostic> promoted = result.diagnostics().stream()
                .map(d -> d.isError() ? d : d.withSeverity(Severity.ERROR))
                .sorted()
                .toList();
        return new BuildResult(result.pageCount(), result.elapsed(), promoted, result.errorCount() + result.warningCount(),
                0, result.dropped(), result.written(), result.changes(), result.timings());
    }

    /** {@code ::error file=content/a.md,line=3,col=7,title=kb::message%0Ahint: …} */
    static String githubCommand(Diagnostic d) {
        StringBuilder command = new StringBuilder("::").append(d.isError() ? "error" : "warning");
        command.append(" file=").append(escapeProperty(d.path()));
        if (d.line() > 0) {
            command.append(",line=").append(d.line());
            if (d.column() > 0) {
                command.append(",col=").append(d.column());
            }
        }
        command.append(",title=").append(escapeProperty("kb " + d.severity().label()));
        String message = d.hint().isEmpty() ? d.message() : d.message() + "\nhint: " + d.hint();
        return command.append("::").append(escapeData(message)).toString();
    }

    private static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }

    private static String json(BuildResult result, String summary) {
        return "{\"succeeded\":" + result.succeeded()
                + ",\"pages\":" + result.pageCount()
                + ",\"errors\":" + result.errorCount()
                + ",\"warnings\":" + result.warningCount()
                + ",\"notShown\":" + result.dropped()
                + ",\"summary\":" + JsonText.quote(summary)
                + ",\"diagnostics\":" + DiagnosticJson.array(result.diagnostics()) + "}";
    }
}
