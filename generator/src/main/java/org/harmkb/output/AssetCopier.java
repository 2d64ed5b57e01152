package org.harmkb.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Copies the theme's {@code assets/} folder to {@code /assets/} in the output, in a stable order. */
public final class AssetCopier {

    private AssetCopier() {
    }

    public static void copyThemeAssets(Path themeDir, SiteWriter writer) throws IOException {
        Path assets = themeDir.resolve("assets");
        if (!Files.isDirectory(assets)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(assets)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            writer.copy(file, "/assets/" + assets.relativize(file).toString().replace('\\', '/'));
        }
    }
}
