package org.harmkb.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.harmkb.config.ConfigLoader;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.ContentLoader;
import org.harmkb.content.ContentSet;
import org.harmkb.content.SourcePage;
import org.harmkb.content.StaticFile;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.Severity;
import org.harmkb.html.HtmlProcessor;
import org.harmkb.html.PageBody;
import org.harmkb.lint.LintRunner;
import org.harmkb.markdown.MarkdownExtension;
import org.harmkb.markdown.MarkdownRenderer;
import org.harmkb.markdown.RenderedPage;
import org.harmkb.output.AtomFeed;
import org.harmkb.output.HostHeaders;
import org.harmkb.output.OutputChanges;
import org.harmkb.output.PublishedPage;
import org.harmkb.output.RobotsTxt;
import org.harmkb.output.SiteOutput;
import org.harmkb.output.SiteUpdater;
import org.harmkb.output.SiteWriter;
import org.harmkb.output.Sitemap;
import org.harmkb.output.ThemeAssets;
import org.harmkb.search.IndexLayout;
import org.harmkb.search.SearchDocument;
import org.harmkb.search.SearchDocuments;
import org.harmkb.search.SearchFile;
import org.harmkb.search.SearchIndexBuilder;
import org.harmkb.template.GeneratedPage;
import org.harmkb.template.ModelContributor;
import org.harmkb.template.PageLink;
import org.harmkb.template.MetaView;
import org.harmkb.template.PageMetadata;
import org.harmkb.template.PageModels;
import org.harmkb.template.PageView;
import org.harmkb.template.SiteView;
import org.harmkb.template.TemplateRenderer;
import org.harmkb.template.ThemeModelContributor;

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
            lint(config, bodies, diagnostics);
            Optional<List<SearchFile>> search = searchIndex(config, bodies, diagnostics);
            written = renderAndWrite(config, content, bodies, search, options.write(), diagnostics);
            cache.end();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new BuildResult(pageCount, elapsed, diagnostics.sorted(), diagnostics.errorCount(),
                diagnostics.warningCount(), diagnostics.droppedCount(), written.isPresent(),
                written.orElse(OutputChanges.NONE));
    }

    /**
     * Author lints over the pages that rendered (so their nesting is known to be sane), and the site-wide
     * checks. Each page's findings depend on the page, the config and today's date (review deadlines).
     */
    private void lint(SiteConfig config, List<PageBody> bodies, Diagnostics diagnostics) {
        LocalDate today = LocalDate.now();
        LintRunner lints = new LintRunner(config.lints(), LintRunner.builtIn(), markdownExtensions(config), today,
                Severity.WARNING);
        PageStage<Boolean> perPage = cache.stage("lints", () -> today);
        bodies.parallelStream().map(body -> body.page().source()).forEach(page -> perPage.apply(page.contentPath(), page,
                diagnostics, findings -> {
                    lints.checkPage(page, findings);
                    return Boolean.TRUE;
                }));
        lints.checkAcrossPages(bodies.stream().map(body -> body.page().source()).toList(), diagnostics);
        lints.checkSite(config, diagnostics);
    }

    /**
     * The static search index. Its files depend on every document together (term statistics, shards), so
     * they are reused only while no document changed: documents are values, compared page by page. Empty
     * when the cache defers a changed index ({@code serve} publishes the pages first): the index files on
     * disk then stay as they are, and {@link #computeDeferredWork()} builds the new index for a later build
     * to write.
     */
    private Optional<List<SearchFile>> searchIndex(SiteConfig config, List<PageBody> bodies, Diagnostics diagnostics) {
        PageStage<SearchDocument> documents = cache.stage("search documents", () -> null);
        List<SearchDocument> docs = bodies.stream()
                .filter(body -> !body.page().source().frontMatter().draft())
                .map(body -> documents.apply(body.page().source().contentPath(), body, diagnostics,
                        d -> SearchDocuments.of(List.of(body), config).get(0)))
                .toList();
        SearchIndexState index = cache.state(SearchIndexState.class, SearchIndexState::new);
        synchronized (index) {
            index.pending = null;
            if (index.ready != null && index.ready.documents().equals(docs)) {
                index.written = index.ready;
                index.ready = null;
            }
            if (index.written != null && index.written.documents().equals(docs)) {
                return Optional.of(index.written.files());
            }
            if (cache.defersSlowWork() && index.written != null && !index.buildInline) {
                index.pending = new IndexInput(config, docs);
                return Optional.empty();
            }
            index.buildInline = false;
        }
        int errorsBefore = diagnostics.errorCount();
        List<SearchFile> files = new SearchIndexBuilder(config.search(), IndexLayout.DEFAULT).build(docs, diagnostics).files();
        if (diagnostics.errorCount() == errorsBefore) {
            synchronized (index) {
                index.written = new BuiltIndex(docs, files);
            }
        }
        return Optional.of(files);
    }

    private record IndexInput(SiteConfig config, List<SearchDocument> documents) {
    }

    private record BuiltIndex(List<SearchDocument> documents, List<SearchFile> files) {
    }

    /**
     * The session's search index: the one whose files are on disk, one built ahead for the next build to
     * write, and the input of one a deferring build left due. Guarded by its own lock, because
     * {@link #computeDeferredWork()} runs beside builds.
     */
    private static final class SearchIndexState {
        BuiltIndex written;
        BuiltIndex ready;
        IndexInput pending;
        /** Set when building ahead reported problems: the next build builds inline, so they are reported. */
        boolean buildInline;
    }

    /** Whether the last build left slow work (a changed search index) undone. */
    public boolean leftWorkUndone() {
        if (!cache.enabled()) {
            return false;
        }
        SearchIndexState index = cache.state(SearchIndexState.class, SearchIndexState::new);
        synchronized (index) {
            return index.pending != null;
        }
    }

    /**
     * Builds the search index the last build deferred, so that the next build writes it at once. May run on
     * another thread while builds go on; a result overtaken by newer edits is simply not used. When the
     * index reports problems it is not kept: the next build without deferral builds and reports it again.
     *
     * @return whether an index was built for the next build to write
     */
    public boolean computeDeferredWork() {
        SearchIndexState index = cache.state(SearchIndexState.class, SearchIndexState::new);
        IndexInput input;
        synchronized (index) {
            input = index.pending;
            if (input == null || index.ready != null && index.ready.documents().equals(input.documents())) {
                return false;
            }
        }
        Diagnostics diagnostics = new Diagnostics();
        List<SearchFile> files = new SearchIndexBuilder(input.config().search(), IndexLayout.DEFAULT)
                .build(input.documents(), diagnostics).files();
        synchronized (index) {
            if (diagnostics.hasErrors()) {
                index.buildInline = true;
            } else {
                index.ready = new BuiltIndex(input.documents(), files);
            }
        }
        return true;
    }

    private static List<MarkdownExtension> markdownExtensions(SiteConfig config) {
        return config.typographicQuotes()
                ? List.of(MarkdownRenderer.CORE, MarkdownRenderer.TYPOGRAPHIC)
                : List.of(MarkdownRenderer.CORE);
    }

    private List<PageBody> renderBodies(SiteConfig config, ContentSet content, Diagnostics diagnostics) {
        // Thread-safe and a function of the config only, which a kept cache shares.
        MarkdownRenderer markdown = cache.state(MarkdownRenderer.class, () -> new MarkdownRenderer(markdownExtensions(config)));
        PageStage<Optional<RenderedPage>> markdownStage = cache.stage("markdown", () -> null);
        Counter rendering = new Counter("Rendering markdown", content.pages().size());
        List<RenderedPage> rendered = content.pages().parallelStream()
                .map(page -> rendering.count(markdownStage.apply(page.contentPath(), page, diagnostics,
                        sink -> markdown.render(page, sink))))
                .flatMap(Optional::stream)
                .toList();
        HtmlProcessor html = new HtmlProcessor(config, content, HtmlProcessor.corePasses(), diagnostics);
        // HTML passes may look at other pages (link targets, titles): their results depend on the outline.
        PageStage<SiteOutline.PageOutline> outlines = cache.stage("outline", () -> null);
        PageStage<PageBody> htmlStage = cache.stage("html", () -> SiteOutline.of(content, rendered,
                page -> outlines.apply(page.source().contentPath(), page, diagnostics, d -> SiteOutline.PageOutline.of(page))));
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
            Optional<List<SearchFile>> search, boolean write, Diagnostics diagnostics) {
        Theme theme = theme(config, diagnostics);
        ThemeAssets assets = theme.assets();
        TemplateRenderer templates = theme.templates().reportingTo(diagnostics);
        PageModels models = new PageModels(config);
        SiteView site = models.site();
        // The home page's list depends on every page's title, description and address, not on bodies.
        List<PageLink> articles = cache.<List<PageLink>>stage("article list", () -> null).apply("articles",
                List.of(content.pages().stream().map(SourcePage::frontMatter).toList(),
                        content.pages().stream().map(SourcePage::url).toList()),
                diagnostics, d -> models.articleLinks(content.pages()));
        // Page-local view models are kept per page, so an unchanged page's model compares equal at once.
        PageStage<PageView> pageViews = cache.stage("page views", () -> null);
        PageStage<MetaView> metaViews = cache.stage("page metadata", () -> null);
        PageMetadata metadata = new PageMetadata(config);
        List<ModelContributor> contributors = List.of(
                (page, model) -> {
                    if (page.page().source().isHome()) {
                        model.put("articles", articles);
                    }
                },
                (page, model) -> model.put("meta", metaViews.apply(page.page().source().contentPath(), page.page().source(),
                        diagnostics, d -> metadata.view(page.page().source()))),
                new ThemeModelContributor(config, content.pages()));
        Function<PageBody, Map<String, Object>> modelOf = body -> {
            Map<String, Object> model = new HashMap<>();
            model.put("site", site);
            model.put("page", pageViews.apply(body.page().source().contentPath(), body, diagnostics, d -> models.page(body)));
            contributors.forEach(contributor -> contributor.contribute(body, model));
            return model;
        };
        List<GeneratedPage> generated = List.of(notFoundPage(config), noindex(SearchPage.of(models, config)));
        Counter templating = new Counter("Applying templates", bodies.size() + generated.size());
        if (!write) {
            bodies.parallelStream().forEach(body -> templating.count(
                    templates.render(templateOf(body), modelOf.apply(body), body.page().source().displayPath())));
            generated.parallelStream().forEach(page -> templating.count(
                    templates.render(page.template(), generatedModel(site, page), "generated page " + page.url())));
            return Optional.empty();
        }
        Optional<OutputState> previous = cache.output(config.outputDir());
        Map<String, Object> renderedModels = new ConcurrentHashMap<>(2 * (bodies.size() + generated.size()));
        Map<String, FileStamp> copied = new HashMap<>();
        try (SiteOutput output = previous.isPresent()
                ? SiteUpdater.open(config.outputDir(), previous.get().files())
                : SiteWriter.stage(config.outputDir())) {
            bodies.parallelStream().forEach(body -> {
                String url = body.page().source().url();
                String template = templateOf(body);
                Map<String, Object> model = modelOf.apply(body);
                writePage(output, previous, renderedModels, url, List.of(template, model),
                        () -> templates.render(template, model, body.page().source().displayPath()));
                templating.count(url);
            });
            generated.parallelStream().forEach(page -> {
                Map<String, Object> model = generatedModel(site, page);
                writePage(output, previous, renderedModels, page.url(), List.of(page.template(), model),
                        () -> templates.render(page.template(), model, "generated page " + page.url()));
                templating.count(page.url());
            });
            progress.update("Writing", 0, 0);
            for (StaticFile file : content.staticFiles()) {
                copyStatic(output, previous, copied, file);
            }
            assets.writeTo(output);
            List<PublishedPage> published = publishedPages(content, generated, cache.stage("published pages", () -> null),
                    diagnostics);
            PageStage<byte[]> listings = cache.stage("listings", () -> null);
            output.write("/sitemap.xml", listings.apply("sitemap.xml", published, diagnostics, d -> Sitemap.xml(config, published)));
            output.write("/feed.xml", listings.apply("feed.xml", published, diagnostics, d -> AtomFeed.xml(config, published)));
            output.write("/robots.txt", RobotsTxt.text(config));
            output.write(HostHeaders.PATH, HostHeaders.netlifyFormat());
            if (search.isPresent()) {
                search.get().forEach(file -> output.write(file.sitePath(), file.bytes()));
            } else {
                lastSearchFiles().forEach(output::keep);
            }
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

    /** The theme's fingerprinted assets and its compiled templates: kept while theme and config are unchanged. */
    private record Theme(ThemeAssets assets, TemplateRenderer templates) {
    }

    private Theme theme(SiteConfig config, Diagnostics diagnostics) {
        int errorsBefore = diagnostics.errorCount();
        Theme theme = cache.state(Theme.class, () -> {
            ThemeAssets assets = ThemeAssets.read(config.themeDir(), diagnostics);
            return new Theme(assets, new TemplateRenderer(config, assets.sitePaths(), diagnostics));
        });
        if (diagnostics.errorCount() > errorsBefore) {
            // An unreadable asset must be reported by every build until it is fixed.
            cache.forget(Theme.class);
        }
        return theme;
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

    private static Map<String, Object> generatedModel(SiteView site, GeneratedPage page) {
        Map<String, Object> model = new HashMap<>(page.model());
        model.put("site", site);
        return model;
    }

    /** The 404 page: static hosts (GitHub Pages, Netlify, Cloudflare Pages) serve {@code /404.html} for unknown paths. */
    private static GeneratedPage notFoundPage(SiteConfig config) {
        PageView page = new PageView("Page not found",
                "There is no page at this address. Search the site or use the A to Z list of articles.",
                NOT_FOUND_PATH, config.href(NOT_FOUND_PATH), config.absoluteUrl(NOT_FOUND_PATH), "", null, List.of(),
                null, null, null, null);
        return new GeneratedPage(NOT_FOUND_PATH, "404", Map.of("page", page));
    }

    /** The site paths of the search index files on disk, which a deferred index leaves in place. */
    private List<String> lastSearchFiles() {
        SearchIndexState index = cache.state(SearchIndexState.class, SearchIndexState::new);
        synchronized (index) {
            return index.written == null ? List.of() : index.written.files().stream().map(SearchFile::sitePath).toList();
        }
    }

    /** A search engine should not index the site's own search page; the sitemap leaves it out. */
    private static GeneratedPage noindex(GeneratedPage page) {
        Map<String, Object> model = new HashMap<>(page.model());
        model.put("noindex", Boolean.TRUE);
        return new GeneratedPage(page.url(), page.template(), model);
    }

    /**
     * The pages the sitemap and feed list: every content page, and every generated page with a folder URL
     * unless its model sets {@code noindex} (redirects, say). The 404 page is never listed.
     */
    private static List<PublishedPage> publishedPages(ContentSet content, List<GeneratedPage> generated,
            PageStage<PublishedPage> stage, Diagnostics diagnostics) {
        List<PublishedPage> pages = new ArrayList<>();
        for (SourcePage page : content.pages()) {
            pages.add(stage.apply(page.contentPath(), page, diagnostics, d -> {
                String summary = page.frontMatter().contentNote().map(note -> "Content note: " + note)
                        .orElse(page.frontMatter().description());
                return new PublishedPage(page.url(), page.title(), summary, page.frontMatter().date(),
                        page.frontMatter().updated(), !page.isHome());
            }));
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
            if (progress != BuildProgress.NONE) {
                progress.update(phase, done.incrementAndGet(), total);
            }
            return item;
        }
    }
}
