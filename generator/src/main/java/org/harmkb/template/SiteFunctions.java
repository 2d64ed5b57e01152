package org.harmkb.template;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import org.harmkb.config.SiteConfig;

/**
 * The site's Pebble extension: {@code href('/topics/')} prefixes a site path with the base path, and
 * {@code asset('style.css')} gives the published URL of a theme asset. One instance per build; holds no
 * mutable state.
 */
public final class SiteFunctions extends AbstractExtension {

    private final SiteConfig config;

    public SiteFunctions(SiteConfig config) {
        this.config = config;
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of(
                "href", new PathFunction(path -> config.href(path)),
                "asset", new PathFunction(name -> config.href("/assets/" + name)));
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
