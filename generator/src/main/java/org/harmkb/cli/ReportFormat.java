package org.harmkb.cli;

/** How diagnostics are printed: for people, for GitHub Actions annotations, or for tools. */
enum ReportFormat {
    /** {@code path:line:col: error: message} and a {@code hint:} line, on standard error. */
    TEXT,
    /** {@code ::error file=…,line=…,col=…::message} workflow commands on standard output. */
    GITHUB,
    /** One JSON object on standard output; the summary line goes to standard error. */
    JSON;

    /** Accepts the lower-case names users type. */
    static final class Converter implements picocli.CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
