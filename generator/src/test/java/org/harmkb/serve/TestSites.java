package org.harmkb.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

/** Small sites on disk for the serve tests. */
final class TestSites {

    private TestSites() {
    }

    static void write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** The repository's theme, so the live-reload script is there. */
    static void copyTheme(Path target) throws IOException {
        Path theme = Path.of("theme");
        try (Stream<Path> walk = Files.walk(theme)) {
            for (Path source : walk.toList()) {
                Path to = target.resolve(theme.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(source, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Files an author starts serve with are not brand new; brand-new stamps make the next build a full one. */
    static void backdate(Path root) throws IOException {
        FileTime minuteAgo = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, minuteAgo);
            }
        }
    }
}
