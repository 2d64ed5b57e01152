package org.harmkb.pipeline;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.harmkb.config.ConfigLoader;
import org.harmkb.config.SiteConfig;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.SourcePaths;
import org.harmkb.output.OutputFolderCheck;
import org.harmkb.output.OutputFolderGuard;

/**
 * What a build was asked to do: the config file, command-line overrides, and whether to write output
 * ({@code check} validates everything but writes nothing).
 *
 * @param force replace an output folder that lacks the generator's marker ({@code --force})
 */
public record BuildOptions(
        Path configFile,
        Optional<Path> contentDir,
        Optional<Path> themeDir,
        Optional<Path> outputDir,
        Optional<URI> baseUrl,
        boolean includeDrafts,
        boolean write,
        boolean force) {

    /** Without {@code --force}. */
    public BuildOptions(Path configFile, Optional<Path> contentDir, Optional<Path> themeDir, Optional<Path> outputDir,
            Optional<URI> baseUrl, boolean includeDrafts, boolean write) {
        this(configFile, contentDir, themeDir, outputDir, baseUrl, includeDrafts, write, false);
    }

    public static BuildOptions defaults(Path configFile) {
        return new BuildOptions(configFile, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, true);
    }

    public BuildOptions checkOnly() {
        return new BuildOptions(configFile, contentDir, themeDir, outputDir, baseUrl, includeDrafts, false, force);
    }

    public BuildOptions withOutputDir(Path dir) {
        return new BuildOptions(configFile, contentDir, themeDir, Optional.of(dir), baseUrl, includeDrafts, write, force);
    }

    public BuildOptions withBaseUrl(URI url) {
        return new BuildOptions(configFile, contentDir, themeDir, outputDir, Optional.of(url), includeDrafts, write, force);
    }

    public BuildOptions withDrafts(boolean drafts) {
        return new BuildOptions(configFile, contentDir, themeDir, outputDir, baseUrl, drafts, write, force);
    }

    /** {@code --force}: replace an output folder the generator did not make. Never overrides the protected folders. */
    public BuildOptions withForce(boolean replaceForeignOutput) {
        return new BuildOptions(configFile, contentDir, themeDir, outputDir, baseUrl, includeDrafts, write, replaceForeignOutput);
    }

    /**
     * {@link #checkOutputFolder(SiteConfig)} with the config file loaded, so a command can refuse before it reads
     * any content; empty when the config does not load (the build then reports why).
     */
    public Optional<OutputFolderCheck> checkOutputFolder() {
        return ConfigLoader.load(configFile, new Diagnostics()).map(this::apply).map(this::checkOutputFolder);
    }

    /**
     * The guard's verdict on this build's output folder, named as the author gave it ({@code --out} or
     * {@code output_dir} at its line). A build that only checks is held to the protected folders alone, as
     * it replaces nothing. The home folder is {@code user.home}.
     */
    public OutputFolderCheck checkOutputFolder(SiteConfig config) {
        OutputFolderGuard.Option option = outputDir
                .map(dir -> OutputFolderGuard.Option.flag(dir.toString()))
                .orElseGet(() -> OutputFolderGuard.Option.config(SourcePaths.display(config.configFile()),
                        config.outputDirPlace().written(), config.outputDirPlace().line(), config.outputDirPlace().column()));
        return OutputFolderGuard.check(new OutputFolderGuard.Request(config.outputDir(), option, config.contentDir(),
                config.themeDir(), config.configFile(), Path.of(System.getProperty("user.home")), force || !write));
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
