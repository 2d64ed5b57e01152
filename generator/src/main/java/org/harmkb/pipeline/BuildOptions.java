package org.harmkb.pipeline;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.harmkb.config.ConfigLoader;
import org.harmkb.config.SiteConfig;

/**
 * What a build was asked to do: the config file, command-line overrides, and whether to write output
 * ({@code check} validates everything but writes nothing).
 */
public record BuildOptions(
        Path configFile,
        Optional<Path> contentDir,
        Optional<Path> themeDir,
        Optional<Path> outputDir,
        Optional<URI> baseUrl,
        boolean includeDrafts,
        boolean write) {

    public static BuildOptions defaults(Path configFile) {
        return new BuildOptions(configFile, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, true);
    }

    public BuildOptions checkOnly() {
        return new BuildOptions(configFile, contentDir, themeDir, outputDir, baseUrl, includeDrafts, false);
    }

    public BuildOptions withOutputDir(Path dir) {
        return new BuildOptions(configFile, contentDir, themeDir, Optional.of(dir), baseUrl, includeDrafts, write);
    }

    public BuildOptions withBaseUrl(URI url) {
        return new BuildOptions(configFile, contentDir, themeDir, outputDir, Optional.of(url), includeDrafts, write);
    }

    public BuildOptions withDrafts(boolean drafts) {
        return new BuildOptions(configFile, contentDir, themeDir, outputDir, baseUrl, drafts, write);
    }

    /** The config with this build's overrides applied. */
    public SiteConfig apply(SiteConfig config) {
        SiteConfig withDirs = config.withDirectories(
                contentDir.map(p -> p.toAbsolutePath().normalize()).orElse(config.contentDir()),
                themeDir.map(p -> p.toAbsolutePath().normalize()).orElse(config.themeDir()),
                outputDir.map(p -> p.toAbsolutePath().normalize()).orElse(config.outputDir()));
        return baseUrl.map(url -> withDirs.withBaseUrl(ConfigLoader.normaliseBaseUrl(url))).orElse(withDirs);
    }
}
