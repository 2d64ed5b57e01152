package org.harmkb.cli;

import java.util.concurrent.Callable;
import org.harmkb.pipeline.BuildCache;
import org.harmkb.pipeline.BuildOptions;
import org.harmkb.pipeline.BuildProgress;
import org.harmkb.pipeline.BuildResult;
import org.harmkb.pipeline.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validates config, content and templates like build does, but writes nothing. "
                + "Exit code 1 when there are errors (or, with --strict, warnings).")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    BuildArguments arguments;

    @Mixin
    OutputArguments output;

    @Option(names = "--strict", description = "Treat every warning as an error (for CI).")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildOptions options = arguments.toOptions(false);
        if (OutputFolderUsage.refused(options, spec.commandLine().getErr())) {
            return Main.EXIT_USAGE;
        }
        BuildResult result;
        try (TerminalProgress progress = output.showProgress() ? new TerminalProgress(spec.commandLine().getErr()) : null) {
            result = new SiteBuilder(BuildCache.disabled(), progress == null ? BuildProgress.NONE : progress)
                    .build(options);
        }
        if (strict) {
            result = Reporter.strict(result);
        }
        return Reporter.report(result, "Checked", "Check", output.format, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
