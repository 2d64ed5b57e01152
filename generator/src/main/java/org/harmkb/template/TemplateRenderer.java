package org.harmkb.template;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.harmkb.config.SiteConfig;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.SourcePaths;

/**
 * Renders theme templates ({@code theme/templates/NAME.peb}) with Pebble, autoescaping on and strict
 * variables, so a typo in a template is an error rather than an empty string. Thread-safe.
 */
public final class TemplateRenderer {

    private final PebbleEngine engine;
    private final Path templateDir;
    private final Diagnostics diagnostics;

    public TemplateRenderer(SiteConfig config, Diagnostics diagnostics) {
        this(config, new SiteFunctions(config), diagnostics);
    }

    /** @param assetPaths theme asset name → published (content-hashed) site path, for {@code asset()} */
    public TemplateRenderer(SiteConfig config, Map<String, String> assetPaths, Diagnostics diagnostics) {
        this(config, new SiteFunctions(config, assetPaths), diagnostics);
    }

    private TemplateRenderer(SiteConfig config, SiteFunctions functions, Diagnostics diagnostics) {
        this.templateDir = config.themeDir().resolve("templates");
        this.diagnostics = diagnostics;
        FileLoader loader = new FileLoader();
        loader.setPrefix(templateDir.toString());
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(true)
                .newLineTrimming(true)
                .extension(functions)
                .build();
    }

    private TemplateRenderer(PebbleEngine engine, Path templateDir, Diagnostics diagnostics) {
        this.engine = engine;
        this.templateDir = templateDir;
        this.diagnostics = diagnostics;
    }

    /**
     * The same engine, with the templates it has compiled, reporting to another build's diagnostics:
     * {@code serve} keeps its templates while the theme and config do not change.
     */
    public TemplateRenderer reportingTo(Diagnostics diagnostics) {
        return new TemplateRenderer(engine, templateDir, diagnostics);
    }

    /**
     * Renders template {@code name} with {@code model}'s {@link PageModel#context() variables}; on failure reports a diagnostic at the template's
     * file and line, naming the page being rendered, and returns empty.
     */
    public Optional<String> render(String name, PageModel model, String forPage) {
        try {
            PebbleTemplate template = engine.getTemplate(name);
            StringWriter out = new StringWriter();
            template.evaluate(out, model.context());
            return Optional.of(out.toString());
        } catch (PebbleException e) {
            String file = e.getFileName() == null ? name + ".peb" : e.getFileName();
            Path templateFile = file.startsWith("/") ? Path.of(file) : templateDir.resolve(file.endsWith(".peb") ? file : file + ".peb");
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            diagnostics.error(SourcePaths.display(templateFile), line, 0,
                    "template error: " + e.getPebbleMessage(), "while rendering " + forPage);
            return Optional.empty();
        } catch (StackOverflowError e) {
            reportRecursion(name, forPage);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            diagnostics.error(SourcePaths.display(templateDir.resolve(name + ".peb")), 0, 0,
                    "template error: " + e.getMessage(), "while rendering " + forPage);
            return Optional.empty();
        }
    }

    private void reportRecursion(String name, String forPage) {
        Optional<TemplateCycles.Cycle> cycle = TemplateCycles.from(templateDir, name);
        if (cycle.isPresent()) {
            diagnostics.error(SourcePaths.display(cycle.get().file()), cycle.get().line(), 1,
                    "template '" + cycle.get().names().get(0) + "' includes itself: " + String.join(" → ", cycle.get().names()),
                    "remove the include that closes the loop (while rendering " + forPage + ")");
        } else {
            diagnostics.error(SourcePaths.display(templateDir.resolve(name + ".peb")), 0, 0,
                    "template '" + name + "' recurses without end (a macro or include that calls itself)",
                    "make sure every recursive macro stops (while rendering " + forPage + ")");
        }
    }
}
