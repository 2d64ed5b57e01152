package org.harmkb.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.harmkb.config.ConfigLoader;
import org.harmkb.config.SiteConfig;
import org.harmkb.diagnostic.Diagnostics;

/** Site configs for unit tests, loaded the real way from a written {@code site-config.yaml}. */
public final class TestConfigs {

    private TestConfigs() {
    }

    public static SiteConfig withBaseUrl(String baseUrl) {
        try {
            Path dir = Files.createTempDirectory("kb-config");
            Path file = dir.resolve("site-config.yaml");
            Files.writeString(file, "title: \"Site\"\ndescription: \"About\"\nbase_url: \"" + baseUrl + "\"\n");
            Diagnostics diagnostics = new Diagnostics();
            return ConfigLoader.load(file, diagnostics)
                    .orElseThrow(() -> new IllegalStateException(diagnostics.sorted().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
