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

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site into the output folder, replacing it only if the build succeeds.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    BuildArguments arguments;

    @Mixin
    OutputArguments output;

    @Mixin
    OutputFolderUsage outputFolder;

    @Option(names = "--timings", description = "After the build, print each stage's wall time and CPU time to "
            + "standard error, one line per stage and a total. CPU time is the whole process's (all threads, from "
            + "OperatingSystemMXBean), so parallel per-page work counts; its share is of the build's CPU time.")
    boolean timings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildOptions options = arguments.toOptions(true).withForce(outputFolder.force);
        if (OutputFolderUsage.refused(options, spec.commandLine().getErr())) {
            return Main.EXIT_USAGE;
        }
        BuildResult result;
        try (TerminalProgress progress = output.showProgress() ? new TerminalProgress(spec.commandLine().getErr()) : null) {
            result = new SiteBuilder(BuildCache.disabled(), progress == null ? BuildProgress.NONE : progress)
                    .build(options);
        }
        if (timings) {
            result.timings().lines().forEach(spec.commandLine().getErr()::println);
            spec.commandLine().getErr().flush();
        }
        return Reporter.report(result, "Built", "Build", output.format, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
