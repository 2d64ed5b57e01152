package org.harmkb.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.harmkb.config.ConfigLoader;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.ContentLoader;
import org.harmkb.content.ContentSet;
import org.harmkb.content.StaticFile;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.Severity;
import org.harmkb.html.HtmlProcessor;
import org.harmkb.html.PageBody;
import org.harmkb.lint.LintRunner;
import org.harmkb.markdown.MarkdownExtension;
import org.harmkb.markdown.MarkdownRenderer;
import org.harmkb.markdown.RenderedPage;
import org.harmkb.output.AssetCopier;
import org.harmkb.output.HostHeaders;
import org.harmkb.output.SiteWriter;
import org.harmkb.search.IndexLayout;
import org.harmkb.search.SearchDocuments;
import org.harmkb.search.SearchFile;
import org.harmkb.search.SearchIndexBuilder;
import org.harmkb.template.GeneratedPage;
import org.harmkb.template.ModelContributor;
import org.harmkb.template.PageLink;
import org.harmkb.template.PageModels;
import org.harmkb.template.TemplateRenderer;
import org.harmkb.template.ThemeModelContributor;

/**
 * Runs the stages in order — config, content, markdown, html, templates, output — collecting every
 * diagnostic. Pages are processed in parallel; output does not depend on their order. The output folder
 * is replaced only when the whole build succeeded.
 */
public final class SiteBuilder {

    public BuildResult build(BuildOptions options) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        int pageCount = 0;
        boolean written = false;
        Optional<SiteConfig> loaded = ConfigLoader.load(options.configFile(), diagnostics).map(options::apply);
        if (loaded.isPresent()) {
            SiteConfig config = loaded.get();
            ContentSet content = new ContentLoader(config.contentDir(), options.includeDrafts(), diagnostics).load();
            pageCount = content.pages().size();
            List<PageBody> bodies = renderBodies(config, content, diagnostics);
            lint(config, bodies, diagnostics);
            List<SearchFile> search = new SearchIndexBuilder(config.search(), IndexLayout.DEFAULT)
                    .build(SearchDocuments.of(bodies, config), diagnostics).files();
            written = renderAndWrite(config, content, bodies, search, options.write(), diagnostics);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new BuildResult(pageCount, elapsed, diagnostics.sorted(), diagnostics.errorCount(),
                diagnostics.warningCount(), diagnostics.droppedCount(), written);
    }

    /** Author lints over the pages that rendered (so their nesting is known to be sane), and the site-wide checks. */
    private static void lint(SiteConfig config, List<PageBody> bodies, Diagnostics diagnostics) {
        LintRunner lints = new LintRunner(config.lints(), LintRunner.builtIn(), markdownExtensions(config),
                LocalDate.now(), Severity.WARNING);
        lints.run(bodies.stream().map(body -> body.page().source()).toList(), diagnostics);
        lints.checkSite(config, diagnostics);
    }

    private static List<MarkdownExtension> markdownExtensions(SiteConfig config) {
        return config.typographicQuotes()
                ? List.of(MarkdownRenderer.CORE, MarkdownRenderer.TYPOGRAPHIC)
                : List.of(MarkdownRenderer.CORE);
    }

    private static List<PageBody> renderBodies(SiteConfig config, ContentSet content, Diagnostics diagnostics) {
        MarkdownRenderer markdown = new MarkdownRenderer(markdownExtensions(config));
        List<RenderedPage> rendered = content.pages().parallelStream()
                .map(page -> markdown.render(page, diagnostics))
                .flatMap(Optional::stream)
                .toList();
        HtmlProcessor html = new HtmlProcessor(config, content, HtmlProcessor.corePasses(), diagnostics);
        return rendered.parallelStream().map(html::process).toList();
    }

    /**
     * Renders every content page and generated page with its template and, when {@code write}, stages and
     * commits the output.
     */
    private static boolean renderAndWrite(SiteConfig config, ContentSet content, List<PageBody> bodies,
            List<SearchFile> search, boolean write, Diagnostics diagnostics) {
        TemplateRenderer templates = new TemplateRenderer(config, diagnostics);
        PageModels models = new PageModels(config);
        List<PageLink> articles = models.articleLinks(content.pages());
        List<ModelContributor> contributors = List.of(
                (page, model) -> {
                    if (page.page().source().isHome()) {
                        model.put("articles", articles);
                    }
                },
                new ThemeModelContributor(config, content.pages()));
        List<GeneratedPage> generated = List.of(
                SearchPage.of(models, config));
        if (!write) {
            bodies.parallelStream().forEach(body -> renderPage(templates, models, contributors, body));
            generated.parallelStream().forEach(page -> renderGenerated(templates, models, page));
            return false;
        }
        try (SiteWriter writer = SiteWriter.stage(config.outputDir())) {
            bodies.parallelStream().forEach(body -> renderPage(templates, models, contributors, body)
                    .ifPresent(html -> writer.write(body.page().source().url(), html.getBytes(StandardCharsets.UTF_8))));
            generated.parallelStream().forEach(page -> renderGenerated(templates, models, page)
                    .ifPresent(html -> writer.write(page.url(), html.getBytes(StandardCharsets.UTF_8))));
            for (StaticFile file : content.staticFiles()) {
                writer.copy(file.file(), file.sitePath());
            }
            AssetCopier.copyThemeAssets(config.themeDir(), writer);
            writer.write(HostHeaders.PATH, HostHeaders.netlifyFormat());
            search.forEach(file -> writer.write(file.sitePath(), file.bytes()));
            if (diagnostics.hasErrors()) {
                writer.discard();
                return false;
            }
            writer.commit();
            return true;
        } catch (IOException e) {
            diagnostics.error(org.harmkb.diagnostic.SourcePaths.display(config.outputDir()), 0, 0,
                    "cannot write the site: " + e.getMessage(), "check there is disk space and the folder is writable");
            return false;
        }
    }

    private static Optional<String> renderPage(TemplateRenderer templates, PageModels models,
            List<ModelContributor> contributors, PageBody body) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", models.site());
        model.put("page", models.page(body));
        contributors.forEach(contributor -> contributor.contribute(body, model));
        boolean home = body.page().source().isHome();
        return templates.render(home ? "home" : "article", model, body.page().source().displayPath());
    }

    private static Optional<String> renderGenerated(TemplateRenderer templates, PageModels models, GeneratedPage page) {
        Map<String, Object> model = new HashMap<>(page.model());
        model.put("site", models.site());
        return templates.render(page.template(), model, "generated page " + page.url());
    }
}
