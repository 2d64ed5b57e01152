package org.harmkb.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.harmkb.config.ConfigLoader;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.ContentLoader;
import org.harmkb.content.ContentSet;
import org.harmkb.content.SourcePage;
import org.harmkb.content.StaticFile;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.html.HtmlProcessor;
import org.harmkb.html.PageBody;
import org.harmkb.markdown.MarkdownRenderer;
import org.harmkb.markdown.RenderedPage;
import org.harmkb.output.AtomFeed;
import org.harmkb.output.OutputChanges;
import org.harmkb.output.PublishedPage;
import org.harmkb.output.RobotsTxt;
import org.harmkb.output.SiteOutput;
import org.harmkb.output.SiteUpdater;
import org.harmkb.output.SiteWriter;
import org.harmkb.output.Sitemap;
import org.harmkb.output.ThemeAssets;
import org.harmkb.template.GeneratedPage;
import org.harmkb.template.ModelContributor;
import org.harmkb.template.PageLink;
import org.harmkb.template.PageMetadata;
import org.harmkb.template.PageModels;
import org.harmkb.template.PageView;
import org.harmkb.template.TemplateRenderer;

/**
 * Runs the stages in order — config, content, markdown, html, templates, output — collecting every
 * diagnostic. Pages are processed in parallel; output does not depend on their order. The output folder
 * is replaced only when the whole build succeeded.
 *
 * <p>With a {@link BuildCache} that is kept between builds ({@code serve}), each per-page stage reuses the
 * results of pages whose inputs did not change, pages whose template model is unchanged are neither
 * rendered nor written, and the output folder is updated in place; the files are the same bytes a fresh
 * build writes. Not thread-safe: one build at a time per instance.
 */
public final class SiteBuilder {

    /** Where the helpful "page not found" page is written; static hosts serve it for unknown addresses. */
    public static final String NOT_FOUND_PATH = "/404.html";

    private final BuildCache cache;
    private final BuildProgress progress;

    public SiteBuilder() {
        this(BuildCache.disabled(), BuildProgress.NONE);
    }

    public SiteBuilder(BuildCache cache, BuildProgress progress) {
        this.cache = cache;
        this.progress = progress;
    }

    public BuildResult build(BuildOptions options) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        int pageCount = 0;
        Optional<OutputChanges> written = Optional.empty();
        Optional<SiteConfig> loaded = ConfigLoader.load(options.configFile(), diagnostics).map(options::apply);
        if (loaded.isPresent()) {
            SiteConfig config = loaded.get();
            cache.begin(config, options.includeDrafts(), config.themeDir());
            progress.update("Reading content", 0, 0);
            ContentSet content = new ContentLoader(config.contentDir(), options.includeDrafts(), diagnostics,
                    cache.sources()).load();
            pageCount = content.pages().size();
            List<PageBody> bodies = renderBodies(config, content, diagnostics);
            written = renderAndWrite(config, content, bodies, options.write(), diagnostics);
            cache.end();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new BuildResult(pageCount, elapsed, diagnostics.sorted(), diagnostics.errorCount(),
                diagnostics.warningCount(), diagnostics.droppedCount(), written.isPresent(),
                written.orElse(OutputChanges.NONE));
    }

    private List<PageBody> renderBodies(SiteConfig config, ContentSet content, Diagnostics diagnostics) {
        MarkdownRenderer markdown = new MarkdownRenderer(config.typographicQuotes()
                ? List.of(MarkdownRenderer.CORE, MarkdownRenderer.TYPOGRAPHIC)
                : List.of(MarkdownRenderer.CORE));
        PageStage<Optional<RenderedPage>> markdownStage = cache.stage("markdown", () -> null);
        Counter rendering = new Counter("Rendering markdown", content.pages().size());
        List<RenderedPage> rendered = content.pages().parallelStream()
                .map(page -> rendering.count(markdownStage.apply(page.contentPath(), page, diagnostics,
                        sink -> markdown.render(page, sink))))
                .flatMap(Optional::stream)
                .toList();
        HtmlProcessor html = new HtmlProcessor(config, content, HtmlProcessor.corePasses(), diagnostics);
        // HTML passes may look at other pages (link targets, titles): their results depend on the outline.
        PageStage<PageBody> htmlStage = cache.stage("html", () -> SiteOutline.of(content, rendered));
        Counter processing = new Counter("Processing HTML", rendered.size());
        return rendered.parallelStream()
                .map(page -> processing.count(htmlStage.apply(page.source().contentPath(), page, diagnostics,
                        sink -> html.process(page, sink))))
                .toList();
    }

    /**
     * Renders every content page and generated page with its template and, when {@code write}, writes the
     * site and returns which files changed.
     */
    private Optional<OutputChanges> renderAndWrite(SiteConfig config, ContentSet content, List<PageBody> bodies,
            boolean write, Diagnostics diagnostics) {
        ThemeAssets assets = ThemeAssets.read(config.themeDir(), diagnostics);
        TemplateRenderer templates = new TemplateRenderer(config, assets.sitePaths(), diagnostics);
        PageModels models = new PageModels(config);
        List<PageLink> articles = models.articleLinks(content.pages());
        List<ModelContributor> contributors = List.of(
                (page, model) -> {
                    if (page.page().source().isHome()) {
                        model.put("articles", articles);
                    }
                },
                new PageMetadata(config));
        List<GeneratedPage> generated = List.of(notFoundPage(config));
        Counter templating = new Counter("Applying templates", bodies.size() + generated.size());
        if (!write) {
            bodies.parallelStream().forEach(body -> templating.count(renderPage(templates, models, contributors, body)));
            generated.parallelStream().forEach(page -> templating.count(renderGenerated(templates, models, page)));
            return Optional.empty();
        }
        Optional<OutputState> previous = cache.output(config.outputDir());
        Map<String, Object> renderedModels = new ConcurrentHashMap<>();
        Map<String, FileStamp> copied = new HashMap<>();
        try (SiteOutput output = previous.isPresent()
                ? SiteUpdater.open(config.outputDir(), previous.get().files())
                : SiteWriter.stage(config.outputDir())) {
            bodies.parallelStream().forEach(body -> {
                String url = body.page().source().url();
                Map<String, Object> model = pageModel(models, contributors, body);
                writePage(output, previous, renderedModels, url, List.of(templateOf(body), model),
                        () -> templates.render(templateOf(body), model, body.page().source().displayPath()));
                templating.count(url);
            });
            generated.parallelStream().forEach(page -> {
                Map<String, Object> model = generatedModel(models, page);
                writePage(output, previous, renderedModels, page.url(), List.of(page.template(), model),
                        () -> templates.render(page.template(), model, "generated page " + page.url()));
                templating.count(page.url());
            });
            progress.update("Writing", 0, 0);
            for (StaticFile file : content.staticFiles()) {
                copyStatic(output, previous, copied, file);
            }
            assets.writeTo(output);
            List<PublishedPage> published = publishedPages(config, content, generated);
            output.write("/sitemap.xml", Sitemap.xml(config, published));
            output.write("/feed.xml", AtomFeed.xml(config, published));
            output.write("/robots.txt", RobotsTxt.text(config));
            if (diagnostics.hasErrors()) {
                output.discard();
                return Optional.empty();
            }
            OutputChanges changes = output.commit();
            if (cache.enabled()) {
                cache.committed(new OutputState(config.outputDir(), output.files(), renderedModels, copied));
            }
            return Optional.of(changes);
        } catch (IOException | java.io.UncheckedIOException e) {
            diagnostics.error(org.harmkb.diagnostic.SourcePaths.display(config.outputDir()), 0, 0,
                    "cannot write the site: " + e.getMessage(), "check there is disk space and the folder is writable");
            return Optional.empty();
        }
    }

    /**
     * Writes one page, or keeps the file on disk when the previous build rendered it from an equal template
     * and model (rendering is a pure function of the two while config and theme are unchanged).
     */
    private void writePage(SiteOutput output, Optional<OutputState> previous, Map<String, Object> renderedModels,
            String url, Object templateAndModel, java.util.function.Supplier<Optional<String>> render) {
        if (previous.isPresent() && templateAndModel.equals(previous.get().models().get(url))) {
            output.keep(url);
            renderedModels.put(url, templateAndModel);
            return;
        }
        render.get().ifPresent(html -> {
            output.write(url, html.getBytes(StandardCharsets.UTF_8));
            if (cache.enabled()) {
                renderedModels.put(url, templateAndModel);
            }
        });
    }

    private static void copyStatic(SiteOutput output, Optional<OutputState> previous, Map<String, FileStamp> copied,
            StaticFile file) {
        Optional<FileStamp> stamp = FileStamp.of(file.file());
        if (stamp.isPresent() && previous.isPresent() && stamp.get().equals(previous.get().copied().get(file.sitePath()))) {
            output.keep(file.sitePath());
        } else {
            output.copy(file.file(), file.sitePath());
        }
        stamp.filter(s -> s.settledBefore(System.currentTimeMillis())).ifPresent(s -> copied.put(file.sitePath(), s));
    }

    private static String templateOf(PageBody body) {
        return body.page().source().isHome() ? "home" : "article";
    }

    private static Map<String, Object> pageModel(PageModels models, List<ModelContributor> contributors, PageBody body) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", models.site());
        model.put("page", models.page(body));
        contributors.forEach(contributor -> contributor.contribute(body, model));
        return model;
    }

    private static Map<String, Object> generatedModel(PageModels models, GeneratedPage page) {
        Map<String, Object> model = new HashMap<>(page.model());
        model.put("site", models.site());
        return model;
    }

    private static Optional<String> renderPage(TemplateRenderer templates, PageModels models,
            List<ModelContributor> contributors, PageBody body) {
        return templates.render(templateOf(body), pageModel(models, contributors, body), body.page().source().displayPath());
    }

    private static Optional<String> renderGenerated(TemplateRenderer templates, PageModels models, GeneratedPage page) {
        return templates.render(page.template(), generatedModel(models, page), "generated page " + page.url());
    }

    /** The 404 page: static hosts (GitHub Pages, Netlify, Cloudflare Pages) serve {@code /404.html} for unknown paths. */
    private static GeneratedPage notFoundPage(SiteConfig config) {
        PageView page = new PageView("Page not found",
                "There is no page at this address. Search the site or use the A to Z list of articles.",
                NOT_FOUND_PATH, config.href(NOT_FOUND_PATH), config.absoluteUrl(NOT_FOUND_PATH), "", null, List.of(),
                null, null, null, null);
        return new GeneratedPage(NOT_FOUND_PATH, "404", Map.of("page", page));
    }

    /**
     * The pages the sitemap and feed list: every content page, and every generated page with a folder URL
     * unless its model sets {@code noindex} (redirects, say). The 404 page is never listed.
     */
    private static List<PublishedPage> publishedPages(SiteConfig config, ContentSet content, List<GeneratedPage> generated) {
        List<PublishedPage> pages = new ArrayList<>();
        for (SourcePage page : content.pages()) {
            String summary = page.frontMatter().contentNote().map(note -> "Content note: " + note)
                    .orElse(page.frontMatter().description());
            pages.add(new PublishedPage(page.url(), page.title(), summary, page.frontMatter().date(),
                    page.frontMatter().updated(), !page.isHome()));
        }
        for (GeneratedPage page : generated) {
            if (page.url().endsWith("/") && !Boolean.TRUE.equals(page.model().get("noindex"))) {
                pages.add(PublishedPage.listing(page.url(), page.url()));
            }
        }
        return pages;
    }

    /** Counts finished items of a phase and tells {@link #progress}. */
    private final class Counter {
        private final String phase;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();

        Counter(String phase, int total) {
            this.phase = phase;
            this.total = total;
            progress.update(phase, 0, total);
        }

        <T> T count(T item) {
            progress.update(phase, done.incrementAndGet(), total);
            return item;
        }
    }
}
