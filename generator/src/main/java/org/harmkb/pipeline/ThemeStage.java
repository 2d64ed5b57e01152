package org.harmkb.pipeline;

import java.util.Set;
import org.harmkb.config.SiteConfig;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.output.ThemeAssets;
import org.harmkb.template.TemplateIds;
import org.harmkb.template.TemplateRenderer;

/** Config → {@link Theme}: the theme's fingerprinted assets, compiled templates and the ids they use. */
final class ThemeStage {

    /** Kept in a session's cache while theme and config are unchanged. */
    record Theme(ThemeAssets assets, TemplateRenderer templates, Set<String> templateIds) {
    }

    private final BuildCache cache;

    ThemeStage(BuildCache cache) {
        this.cache = cache;
    }

    Theme run(SiteConfig config, Diagnostics diagnostics) {
        int errorsBefore = diagnostics.errorCount();
        Theme theme = cache.state(Theme.class, () -> {
            ThemeAssets assets = ThemeAssets.read(config.themeDir(), diagnostics);
            return new Theme(assets, new TemplateRenderer(config, assets.sitePaths(), diagnostics),
                    TemplateIds.read(config.themeDir()));
        });
        if (diagnostics.errorCount() > errorsBefore) {
            // An unreadable asset must be reported by every build until it is fixed.
            cache.forget(Theme.class);
        }
        return theme;
    }
}
