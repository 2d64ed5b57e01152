package org.harmkb.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.harmkb.diagnostic.InternalErrors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code kb}: the command-line entry point. Exit codes: 0 success, 1 content or config errors,
 * 2 usage error, 3 internal error.
 */
@Command(name = "kb", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds the knowledge base from markdown into an accessible static site.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class},
        exitCodeOnInvalidInput = Main.EXIT_USAGE,
        exitCodeOnExecutionException = Main.EXIT_INTERNAL)
public final class Main implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_CONTENT_ERRORS = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        OptionalInt child = Launcher.runInChildIfWanted(Main.class, args, JvmChoice::optionsFor);
        System.exit(child.isPresent() ? child.getAsInt()
                : run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    @CommandLine.Option(names = "--stacktrace", scope = CommandLine.ScopeType.INHERIT,
            description = "On an internal error (exit 3), print the Java stack trace here instead of saving it to a file.")
    boolean stacktrace;

    /** Runs the command line with the given streams; returns the exit code. Used by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Main main = new Main();
        CommandLine commandLine = new CommandLine(main);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> internalError(e, err,
                InternalErrors.temporaryFolder(), main.stacktrace));
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * A bug in the generator, not a problem in the author's files: one line says so, and the stack trace goes
     * to a file in {@code traceDir} to attach to a report (or to {@code err} with {@code --stacktrace}, or
     * when the file cannot be written).
     */
    static int internalError(Throwable e, PrintWriter err, Path traceDir, boolean printTrace) {
        InternalErrors.report(e, err, traceDir, printTrace);
        return EXIT_INTERNAL;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, check, serve or new");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"kb " + (version == null ? "development build" : version)};
        }
    }
}
