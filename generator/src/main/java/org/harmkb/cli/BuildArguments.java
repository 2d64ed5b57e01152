package org.harmkb.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.harmkb.pipeline.BuildOptions;
import picocli.CommandLine.Option;

/** The options shared by {@code build} and {@code check}. */
final class BuildArguments {

    @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: ${DEFAULT-VALUE}).",
            defaultValue = "site-config.yaml")
    Path config;

    @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: content_dir from the config).")
    Path content;

    @Option(names = "--theme", paramLabel = "DIR", description = "Theme folder (default: theme_dir from the config).")
    Path theme;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: output_dir from the config).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "Published address, overriding base_url.")
    URI baseUrl;

    @Option(names = "--drafts", description = "Include pages marked draft: true.")
    boolean drafts;

    BuildOptions toOptions(boolean write) {
        BuildOptions options = new BuildOptions(config, Optional.ofNullable(content), Optional.ofNullable(theme),
                Optional.ofNullable(out), Optional.ofNullable(baseUrl), drafts, true);
        return write ? options : options.checkOnly();
    }
}
