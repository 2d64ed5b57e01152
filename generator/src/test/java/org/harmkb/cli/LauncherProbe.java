package org.harmkb.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;

/**
 * A main class for {@link LauncherTest}: goes through the launcher like {@link Main}, then prints its JVM
 * options, pid, arguments and standard input, and exits with the code given as its first argument.
 * With {@code wait} as the second argument it prints its pid and waits for standard input to end.
 */
final class LauncherProbe {

    public static void main(String[] args) throws IOException {
        OptionalInt child = Launcher.runInChildIfWanted(LauncherProbe.class, args, LauncherProbe::commandOptions);
        if (child.isPresent()) {
            System.exit(child.getAsInt());
        }
        System.out.println("pid " + ProcessHandle.current().pid());
        System.out.println("options " + ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.flush();
        for (int i = 1; i < args.length; i++) {
            System.out.println("arg " + args[i]);
        }
        System.out.println("stdin " + new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
        System.out.flush();
        System.exit(Integer.parseInt(args[0]));
    }

    /** The options the launcher adds for a command, as {@code Main} has {@link JvmChoice} choose them. */
    static List<String> commandOptions(String[] args) {
        return List.of("-Dkb.probe.arguments=" + args.length);
    }
}
