package org.harmkb.cli;

import picocli.CommandLine.Option;

/** How a command reports: the diagnostics format and whether to draw progress. */
final class OutputArguments {

    @Option(names = "--format", paramLabel = "FORMAT", converter = ReportFormat.Converter.class,
            description = "How to print diagnostics: text (default), github (annotations on pull requests) or json.",
            defaultValue = "text")
    ReportFormat format;

    @Option(names = {"-q", "--quiet"}, description = "Do not show progress; the summary line is still printed.")
    boolean quiet;

    /** Progress is drawn only for people: on a terminal, in text format, unless asked to be quiet. */
    boolean showProgress() {
        return !quiet && format == ReportFormat.TEXT && System.console() != null;
    }
}
