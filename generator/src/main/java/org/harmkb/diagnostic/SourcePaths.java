package org.harmkb.diagnostic;

import java.nio.file.Path;

/** Turns file paths into the form diagnostics print: relative to the working directory, forward slashes. */
public final class SourcePaths {

    private SourcePaths() {
    }

    public static String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path shown = absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
