package org.harmkb.template;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import org.harmkb.config.SiteConfig;
import org.harmkb.diagnostic.Suggestions;

/**
 * The site's Pebble extension: {@code href('/topics/')} prefixes a site path with the base path, and
 * {@code asset('style.css')} gives the published URL of a theme asset — its content-hashed name such as
 * {@code /assets/style.3f9a1c2b.css} — or fails the template naming the closest asset. One instance per
 * build; holds no mutable state.
 */
public final class SiteFunctions extends AbstractExtension {

    private final SiteConfig config;
    private final Map<String, String> assetPaths;

    /** Without fingerprinted assets: {@code asset('x')} is simply {@code /assets/x}. */
    public SiteFunctions(SiteConfig config) {
        this.config = config;
        this.assetPaths = null;
    }

    /** @param assetPaths asset name ({@code style.css}) → published site path ({@code /assets/style.3f9a1c2b.css}) */
    public SiteFunctions(SiteConfig config, Map<String, String> assetPaths) {
        this.config = config;
        this.assetPaths = Map.copyOf(assetPaths);
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of(
                "href", new PathFunction(path -> config.href(path)),
                "asset", assetPaths == null ? new PathFunction(name -> config.href("/assets/" + name))
                        : new AssetFunction(config, assetPaths));
    }

    /** {@code asset(name)}: the href of the asset's published, content-hashed file. */
    private record AssetFunction(SiteConfig config, Map<String, String> assetPaths) implements Function {

        @Override
        public List<String> getArgumentNames() {
            return List.of("path");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
            String name = String.valueOf(args.get("path"));
            String sitePath = assetPaths.get(name.startsWith("/") ? name.substring(1) : name);
            if (sitePath == null) {
                throw new PebbleException(null, "the theme has no asset '" + name + "' in its assets folder; "
                        + Suggestions.didYouMean(name, assetPaths.keySet(), "check the file name"), lineNumber,
                        self == null ? null : self.getName());
            }
            return config.href(sitePath);
        }
    }

    /** A one-argument function from a path string to an href. */
    private record PathFunction(java.util.function.UnaryOperator<String> mapping) implements Function {

        @Override
        public List<String> getArgumentNames() {
            return List.of("path");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
            Object path = args.get("path");
            return mapping.apply(path == null ? "" : path.toString());
        }
    }
}
