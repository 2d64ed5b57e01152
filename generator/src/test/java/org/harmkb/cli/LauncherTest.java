package org.harmkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The launcher runs as a real process: {@link LauncherProbe} reports what the JVM that ran the command saw. */
class LauncherTest {

    private static final String TUNED = "-XX:GCTimeRatio=4, -XX:MinHeapFreeRatio=10, -XX:MaxHeapFreeRatio=30";

    @Test
    void commandRunsInAChildJvmWithTheGcAndCommandOptionsAndItsExitCodeComesBack() throws Exception {
        Result result = run(List.of(), Map.of(), "", "7");

        assertThat(result.code).isEqualTo(7);
        // The command's own options (here the probe's) come after the collector's.
        assertThat(result.out).contains("options [" + TUNED + ", -Dkb.probe.arguments=1, -Dkb.launcher.parent=");
        assertThat(pidIn(result.out)).isNotEqualTo(result.launcherPid);
    }

    @Test
    void argumentsWithSpacesQuotesAndUnicodeArriveUnchanged() throws Exception {
        Result result = run(List.of(), Map.of(), "", "0", "two words", "Ünïcödé ✓ 日本", "\"quoted\" 'too'", "");

        assertThat(result.out).contains("options [" + TUNED)
                .contains("\narg two words\narg Ünïcödé ✓ 日本\narg \"quoted\" 'too'\narg \nstdin ");
    }

    @Test
    void standardInputReachesTheChild() throws Exception {
        Result result = run(List.of(), Map.of(), "line one\nline two ✓\n", "0");

        assertThat(result.out).contains("options [" + TUNED).endsWith("stdin line one\nline two ✓\n\n");
    }

    @Test
    void relaunchZeroRunsInTheStartedJvm() throws Exception {
        Result result = run(List.of(), Map.of("KB_RELAUNCH", "0"), "", "3");

        assertThat(result.code).isEqualTo(3);
        assertThat(result.out).contains("options []");
        assertThat(pidIn(result.out)).isEqualTo(result.launcherPid);
    }

    @Test
    void jvmOptionsGivenByTheUserAreKeptAndNothingIsRelaunched() throws Exception {
        Result result = run(List.of("-Xmx256m"), Map.of(), "", "0");

        assertThat(result.out).contains("options [-Xmx256m]");
        assertThat(pidIn(result.out)).isEqualTo(result.launcherPid);
    }

    @Test
    void childExitsWhenTheLauncherIsKilledOutright() throws Exception {
        Process launcher = start(List.of(), Map.of());
        // The probe prints its pid, then blocks reading standard input, which this test keeps open.
        String first = new String(readLine(launcher.getInputStream()), StandardCharsets.UTF_8);
        ProcessHandle child = ProcessHandle.of(Long.parseLong(first.substring("pid ".length()))).orElseThrow();
        assertThat(child.pid()).isNotEqualTo(launcher.pid());

        launcher.destroyForcibly().waitFor();

        assertThat(child.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
    }

    @Test
    void childIsStoppedWhenTheLauncherIsAskedToStop() throws Exception {
        Process launcher = start(List.of(), Map.of());
        String first = new String(readLine(launcher.getInputStream()), StandardCharsets.UTF_8);
        ProcessHandle child = ProcessHandle.of(Long.parseLong(first.substring("pid ".length()))).orElseThrow();

        launcher.destroy();

        assertThat(launcher.waitFor(30, TimeUnit.SECONDS)).isTrue();
        // The launcher's shutdown hook waits for the child, so it is gone by the time the launcher is.
        assertThat(child.isAlive()).isFalse();
    }

    @Test
    void wantedOnlyWithoutOptionsAndWithoutOptOut() {
        assertThat(Launcher.wanted(null, List.of())).isTrue();
        assertThat(Launcher.wanted("1", List.of())).isTrue();
        assertThat(Launcher.wanted("0", List.of())).isFalse();
        assertThat(Launcher.wanted(null, List.of("-Xmx1g"))).isFalse();
    }

    private record Result(int code, String out, long launcherPid) {
    }

    private static Result run(List<String> jvmOptions, Map<String, String> env, String stdin, String... args)
            throws IOException, InterruptedException {
        Process process = start(jvmOptions, env, args);
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out, process.pid());
    }

    private static Process start(List<String> jvmOptions, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LauncherProbe.class.getName()));
        command.addAll(args.length == 0 ? List.of("0", "wait") : List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        // Surefire may pass JVM options through the environment; the probe must start without any.
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("KB_RELAUNCH");
        builder.environment().putAll(env);
        return builder.start();
    }

    private static long pidIn(String out) {
        return Long.parseLong(out.lines().filter(l -> l.startsWith("pid ")).findFirst().orElseThrow().substring(4));
    }

    private static byte[] readLine(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            line.write(b);
        }
        return line.toByteArray();
    }
}
