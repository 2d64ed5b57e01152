package org.harmkb.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.harmkb.diagnostic.Diagnostic;

/**
 * Runs golden-site scenarios from {@code generator/src/test/resources/sites/<scenario>/}.
 *
 * <p>A scenario has {@code content/}, optionally {@code site-config.yaml} (else {@code sites/_default-config.yaml})
 * and {@code theme/} (else the repository's {@code theme/}), and either
 * <ul>
 * <li>{@code expected-diagnostics.txt}: the exact diagnostics, formatted as the CLI prints them, with paths
 * relative to the scenario folder; the build must fail if any is an error; or</li>
 * <li>{@code expected/}: for each output file, a file at the same path holding fragments separated by lines
 * of {@code ~~~}; each fragment must appear in the output (whitespace-normalised). A sibling file with
 * {@code .absent} appended lists fragments that must not appear.</li>
 * </ul>
 */
public final class GoldenSites {

    public static final Path ROOT = Path.of("generator/src/test/resources/sites");
    public static final String FRAGMENT_SEPARATOR = "~~~";

    private GoldenSites() {
    }

    public static List<Path> scenarios() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith("_")).sorted().toList();
        }
    }

    /** Builds a scenario into {@code out}. */
    public static BuildResult build(Path scenario, Path out) {
        return new SiteBuilder().build(options(scenario, out));
    }

    public static BuildOptions options(Path scenario, Path out) {
        Path config = Files.exists(scenario.resolve("site-config.yaml")) ? scenario.resolve("site-config.yaml")
                : ROOT.resolve("_default-config.yaml");
        Path theme = Files.isDirectory(scenario.resolve("theme")) ? scenario.resolve("theme") : Path.of("theme");
        return new BuildOptions(config, Optional.of(scenario.resolve("content")), Optional.of(theme), Optional.of(out),
                Optional.empty(), false, true);
    }

    /** The diagnostics as the CLI prints them, with the scenario folder prefix removed from paths. */
    public static String formatDiagnostics(Path scenario, List<Diagnostic> diagnostics) {
        String prefix = scenario.toString().replace('\\', '/') + "/";
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(d.format().replace(prefix, "")).append('\n');
        }
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    public static List<String> fragments(Path expectedFile) throws IOException {
        String text = Files.readString(expectedFile, StandardCharsets.UTF_8);
        List<String> fragments = new ArrayList<>();
        for (String part : text.split("(?m)^" + FRAGMENT_SEPARATOR + "$")) {
            if (!part.isBlank()) {
                fragments.add(normalise(part));
            }
        }
        return fragments;
    }

    public static String normalise(String html) {
        return html.replaceAll("\\s+", " ").trim();
    }
}
