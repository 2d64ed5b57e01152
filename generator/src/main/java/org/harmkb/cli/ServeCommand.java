package org.harmkb.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import org.harmkb.pipeline.BuildOptions;
import org.harmkb.serve.ServeSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it at http://127.0.0.1:8080/ and rebuilds it when content, theme or "
                + "config change; open pages reload themselves. Stop with Ctrl+C.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    BuildArguments arguments;

    @Mixin
    OutputFolderUsage outputFolder;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}, this computer only). "
                    + "Another address lets other devices on your network read the site.")
    String host;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors, not a line for every rebuild.")
    boolean quiet;

    @Option(names = "--timings", description = "After every build, print each stage's wall time and CPU time to "
            + "the error stream, as build --timings does.")
    boolean timings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        BuildOptions options = arguments.toOptions(true).withForce(outputFolder.force);
        if (OutputFolderUsage.refused(options, err)) {
            return Main.EXIT_USAGE;
        }
        ServeSession session;
        try {
            session = ServeSession.start(new ServeSession.Settings(options, host, port, quiet, timings), out, err);
        } catch (ServeSession.ConfigUnreadable e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return Main.EXIT_CONTENT_ERRORS;
        } catch (IOException e) {
            err.println("error: cannot serve on " + host + ":" + port + ": " + e.getMessage());
            err.println("  hint: another program may be using the port; try --port " + (port == 8080 ? 8081 : 8080));
            err.flush();
            return Main.EXIT_CONTENT_ERRORS;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(session::close, "kb-serve-stop"));
        if (!isLoopback(host)) {
            err.println("warning: listening on " + host + ": other devices on your network can read the site");
        }
        out.println("Serving at " + session.siteAddress() + " (press Ctrl+C to stop)");
        out.flush();
        session.awaitClose();
        return Main.EXIT_OK;
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
