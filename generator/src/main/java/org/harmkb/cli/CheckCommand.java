package org.harmkb.cli;

import java.util.concurrent.Callable;
import org.harmkb.build.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validates config, content and templates like build does, but writes nothing.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    BuildArguments arguments;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var result = new SiteBuilder().build(arguments.toOptions(false));
        return Reporter.report(result, "Checked", "Check", spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
