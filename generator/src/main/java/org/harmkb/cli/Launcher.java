package org.harmkb.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Runs {@code kb} in a child JVM with garbage-collector settings that keep the heap close to what the build
 * really uses. Without them G1 grows the committed heap to several times the live data (3 GB committed for
 * about 300 MB live at 10,000 articles), and that, not the data, is the peak RSS users see. Users start
 * {@code java -jar kb.jar} with no options, so the jar picks them itself.
 *
 * <p>The relaunch happens only when the JVM was started with no options of its own: anyone who passes
 * {@code -Xmx}, {@code -XX:...}, {@code JAVA_TOOL_OPTIONS} and so on gets exactly the JVM they asked for.
 * {@code KB_RELAUNCH=0} turns it off. The child inherits the arguments, standard streams, environment and
 * working folder, and its exit code becomes ours. If this process is stopped (Ctrl+C, {@code kill}) the child
 * is stopped too, and if this process is killed outright the child notices within a quarter second and exits.
 */
public final class Launcher {

    /** Environment variable; {@code 0} runs in this JVM as started. */
    static final String OPT_OUT_VARIABLE = "KB_RELAUNCH";
    /** System property given to the child: the launcher's process id, which it watches. */
    static final String PARENT_PROPERTY = "kb.launcher.parent";
    /**
     * GCTimeRatio=4 lets G1 spend up to 20% of its time collecting before it grows the heap (default 12:
     * about 8%); the free ratios make it give back memory it no longer needs after a collection.
     */
    static final List<String> CHILD_JVM_OPTIONS =
            List.of("-XX:GCTimeRatio=4", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30");

    private static final long PARENT_CHECK_MILLIS = 250;
    private static final long CHILD_STOP_SECONDS = 10;
    /** Exit code of a child whose launcher vanished, as after SIGTERM (128 + 15). */
    private static final int EXIT_LAUNCHER_GONE = 143;

    private Launcher() {
    }

    /**
     * Call first in {@code main}. Returns the child's exit code when {@code mainClass} was run in a child JVM
     * (the caller should exit with it), or empty when the caller should run the command in this JVM. In a
     * child, starts a daemon thread that exits the JVM once the launcher is gone. {@code commandOptions} gives
     * JVM options for the command {@code args} runs, added after the collector's; it is asked only when
     * relaunching.
     */
    public static OptionalInt runInChildIfWanted(Class<?> mainClass, String[] args,
            Function<String[], List<String>> commandOptions) {
        String parent = System.getProperty(PARENT_PROPERTY);
        if (parent != null) {
            watchParent(Long.parseLong(parent));
            return OptionalInt.empty();
        }
        if (!wanted(System.getenv(OPT_OUT_VARIABLE), ManagementFactory.getRuntimeMXBean().getInputArguments())) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(runChild(childCommand(javaBinary(), System.getProperty("java.class.path"),
                    ProcessHandle.current().pid(), mainClass.getName(), commandOptions.apply(args), args)));
        } catch (java.io.IOException e) {
            // The build still works with default settings, only with more memory.
            System.err.println("warning: cannot start a tuned JVM (" + e.getMessage() + "); running with defaults");
            return OptionalInt.empty();
        }
    }

    /** Whether to relaunch: not opted out, and the JVM has no options of its own. */
    static boolean wanted(String optOut, List<String> jvmOptions) {
        return !"0".equals(optOut) && jvmOptions.isEmpty();
    }

    static List<String> childCommand(String java, String classPath, long parentPid, String mainClass,
            List<String> commandOptions, String[] args) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(CHILD_JVM_OPTIONS);
        command.addAll(commandOptions);
        command.add("-D" + PARENT_PROPERTY + "=" + parentPid);
        command.addAll(List.of("-cp", classPath, mainClass));
        command.addAll(Arrays.asList(args));
        return command;
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int runChild(List<String> command) throws java.io.IOException {
        Process child = new ProcessBuilder(command).inheritIO().start();
        Thread stopChild = new Thread(() -> stop(child), "kb-launcher-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        int code = waitUninterruptibly(child);
        try {
            Runtime.getRuntime().removeShutdownHook(stopChild);
        } catch (IllegalStateException shuttingDown) {
            // The hook is already running; it finds the child finished.
        }
        return code;
    }

    /** Runs in this JVM's shutdown: asks the child to stop (its own shutdown hooks run), then insists. */
    private static void stop(Process child) {
        child.destroy();
        try {
            if (!child.waitFor(CHILD_STOP_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int waitUninterruptibly(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // Nothing in the launcher interrupts this thread; keep waiting for the child's exit code.
            }
        }
    }

    /**
     * A launcher killed with SIGKILL runs no shutdown hook, and Linux then gives its child a new parent; the
     * child checks for that rather than outliving the command the user stopped.
     */
    private static void watchParent(long parentPid) {
        Thread watch = new Thread(() -> {
            while (ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == parentPid) {
                try {
                    Thread.sleep(PARENT_CHECK_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.exit(EXIT_LAUNCHER_GONE);
        }, "kb-launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
