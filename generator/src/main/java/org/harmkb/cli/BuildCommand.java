package org.harmkb.cli;

import java.util.concurrent.Callable;
import org.harmkb.build.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site into the output folder, replacing it only if the build succeeds.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    BuildArguments arguments;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var result = new SiteBuilder().build(arguments.toOptions(true));
        return Reporter.report(result, "Built", "Build", spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
