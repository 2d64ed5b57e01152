package org.harmkb.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every scenario under {@code sites/} builds to its expected fragments or its exact expected diagnostics.
 * Run with {@code -Dgolden.update=true} to rewrite the {@code expected-diagnostics.txt} files from the
 * current behaviour (then review the diff); {@code -Dgolden.only=name,name} runs only the scenarios named.
 */
class GoldenSiteTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        // -Dgolden.only=a,b runs only those scenarios, for a quick loop while working on one.
        List<String> only = List.of(System.getProperty("golden.only", "").split(",")).stream().filter(s -> !s.isBlank()).toList();
        return GoldenSites.scenarios().stream()
                .filter(scenario -> only.isEmpty() || only.contains(scenario.getFileName().toString()))
                .map(scenario -> DynamicTest.dynamicTest(scenario.getFileName().toString(), () -> run(scenario)));
    }

    private void run(Path scenario) throws IOException {
        Path out = temp.resolve(scenario.getFileName().toString()).resolve("public");
        Files.createDirectories(out.getParent());
        BuildResult result = GoldenSites.build(scenario, out);
        String diagnostics = GoldenSites.formatDiagnostics(scenario, result.diagnostics());
        Path expectedDiagnostics = scenario.resolve("expected-diagnostics.txt");
        if (Files.exists(expectedDiagnostics)) {
            if (Boolean.getBoolean("golden.update")) {
                // Regenerates the file; review the diff before committing it.
                Files.writeString(expectedDiagnostics, diagnostics, StandardCharsets.UTF_8);
            }
            assertThat(diagnostics).isEqualTo(Files.readString(expectedDiagnostics, StandardCharsets.UTF_8));
            if (result.errorCount() > 0) {
                assertThat(out).doesNotExist();
            }
            return;
        }
        assertThat(result.errorCount()).as("errors:\n" + diagnostics).isZero();
        Path expected = scenario.resolve("expected");
        assertThat(expected).as("scenario needs expected/ or expected-diagnostics.txt").isDirectory();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(expected)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String relative = expected.relativize(file).toString();
            boolean absent = relative.endsWith(".absent");
            Path output = out.resolve(absent ? relative.substring(0, relative.length() - ".absent".length()) : relative);
            assertThat(output).as("output file " + output).exists();
            String actual = GoldenSites.normalise(Files.readString(output, StandardCharsets.UTF_8));
            for (String fragment : GoldenSites.fragments(file)) {
                if (absent) {
                    assertThat(actual).as(relative).doesNotContain(fragment);
                } else {
                    assertThat(actual).as(relative).contains(fragment);
                }
            }
        }
    }
}
