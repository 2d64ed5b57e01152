package org.harmkb.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.harmkb.config.ConfigLoader;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.ContentLoader;
import org.harmkb.content.ContentSet;
import org.harmkb.content.SourcePage;
import org.harmkb.content.StaticFile;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.Severity;
import org.harmkb.html.HtmlPass;
import org.harmkb.html.HtmlProcessor;
import org.harmkb.html.LinkPasses;
import org.harmkb.html.PageBody;
import org.harmkb.html.UniqueIds;
import org.harmkb.lint.LintRunner;
import org.harmkb.link.CheckedLink;
import org.harmkb.link.GraphBuilder;
import org.harmkb.link.LinkTargets;
import org.harmkb.link.RelatedArticles;
import org.harmkb.link.SeriesPlace;
import org.harmkb.link.SiteGraph;
import org.harmkb.markdown.ConfigPlaceholders;
import org.harmkb.markdown.MarkdownExtension;
import org.harmkb.markdown.PlaceholderExtension;
import org.harmkb.markdown.MarkdownRenderer;
import org.harmkb.markdown.RenderedPage;
import org.harmkb.markdown.WikiLinkExtension;
import org.harmkb.markdown.WikiLinkResolver;
import org.harmkb.output.AtomFeed;
import org.harmkb.output.HostHeaders;
import org.harmkb.output.OutputChanges;
import org.harmkb.output.OutputFolderCheck;
import org.harmkb.output.OutputPlan;
import org.harmkb.output.PublishedPage;
import org.harmkb.output.RobotsTxt;
import org.harmkb.output.SiteOutput;
import org.harmkb.output.SiteUpdater;
import org.harmkb.output.SiteWriter;
import org.harmkb.output.UnreadableSourceException;
import org.harmkb.output.Sitemap;
import org.harmkb.output.ThemeAssets;
import org.harmkb.phrases.PhraseBooks;
import org.harmkb.search.IndexLayout;
import org.harmkb.search.SearchDocument;
import org.harmkb.search.SearchDocuments;
import org.harmkb.search.SearchFile;
import org.harmkb.search.ReaderVocabulary;
import org.harmkb.search.SearchIndexBuilder;
import org.harmkb.template.GeneratedPage;
import org.harmkb.template.GraphModels;
import org.harmkb.template.ModelContributor;
import org.harmkb.template.MetaView;
import org.harmkb.template.PageMetadata;
import org.harmkb.template.PageModels;
import org.harmkb.template.PageView;
import org.harmkb.template.PhraseBookContributor;
import org.harmkb.template.SiteView;
import org.harmkb.template.TemplateIds;
import org.harmkb.template.TemplateRenderer;
import org.harmkb.template.SectionModels;
import org.harmkb.template.ThemeModelContributor;

/**
 * Runs the stages in order — config, content, markdown, link, html, templates, output — collecting every
 * diagnostic. Pages are processed in parallel; output does not depend on their order. The output folder
 * is replaced only when the whole build succeeded.
 *
 * <p>With a {@link BuildCache} that is kept between builds ({@code serve}), each per-page stage reuses the
 * results of pages whose inputs did not change, pages whose template model is unchanged are neither
 * rendered nor written, and the output folder is updated in place; the files are the same bytes a fresh
 * build writes. Not thread-safe: one build at a time per instance.
 */
public final class SiteBuilder {

    /**
     * For bench/graph-cost.sh only: {@code -Dharmkb.graph=off} skips the link stage (checking, backlinks,
     * topics, paths, glossary, related articles, generated pages), keeping only the rewriting of written
     * links, so one jar can time the build with and without it.
     */
    private static final boolean LINK_STAGE = !"off".equals(System.getProperty("harmkb.graph"));

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
        Optional<OutputFolderCheck> outputFolder = loaded.map(options::checkOutputFolder);
        outputFolder.flatMap(OutputFolderCheck::refusal).ifPresent(diagnostics::report);
        if (loaded.isPresent() && outputFolder.get().allowed()) {
            SiteConfig config = loaded.get();
            config = config.withSearch(ReaderVocabulary.apply(config.search(), config.contentDir(), diagnostics));
            cache.begin(config, options.includeDrafts(), config.themeDir());
            Theme theme = theme(config, diagnostics);
            progress.update("Reading content", 0, 0);
            ContentSet content = new ContentLoader(config.contentDir(), options.includeDrafts(),
                    config.staticFiles().allowActive(), diagnostics, cache.sources()).load();
            pageCount = content.pages().size();
            LintRunner lints = new LintRunner(config.lints(), LintRunner.builtIn(config), LocalDate.now(), Severity.WARNING);
            Pages pages = renderPages(config, content, theme.templateIds(), !options.write(), lints, diagnostics);
            progress.update("Checking the writing", 0, 0);
            lintAcrossPages(config, lints, pages.bodies(), diagnostics);
            PhraseBooks phrases = PhraseBooks.read(config, content, pages.graph().targets(), diagnostics);
            progress.update("Indexing for search", 0, 0);
            Optional<List<SearchFile>> search = searchIndex(config, pages.bodies(), diagnostics);
            written = renderAndWrite(config, theme, content, phrases, pages.bodies(), pages.graph(), search,
                    outputFolder.filter(folder -> options.write()), diagnostics);
            cache.end();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new BuildResult(pageCount, elapsed, diagnostics.sorted(), diagnostics.errorCount(),
                diagnostics.warningCount(), diagnostics.droppedCount(), written.isPresent(),
                written.orElse(OutputChanges.NONE));
    }

    /** The pages as the HTML stage leaves them, and the site graph: what lints, search and templates read. */
    private record Pages(SiteGraph graph, List<PageBody> bodies) {
    }

    /**
     * Markdown (with each page's lints), link and HTML stages; {@code templateIds} are the ids the theme's
     * templates use.
     */
    private Pages renderPages(SiteConfig config, ContentSet content, Set<String> templateIds, boolean warnOrphans,
            LintRunner lints, Diagnostics diagnostics) {
        LinkTargets targets = new LinkTargets(content);
        List<RenderedPage> rendered = renderMarkdown(config, content, templateIds, targets, lints, diagnostics);
        progress.update("Linking pages", 0, 0);
        SiteGraph graph = LINK_STAGE
                ? GraphBuilder.build(config, rendered, targets, warnOrphans,
                        new GraphBuilder.Reuse(this::relatedArticles, linkChecks(), graphStructure()), diagnostics)
                : GraphBuilder.unlinked(targets);
        return new Pages(graph, processHtml(config, content, templateIds, graph, rendered, diagnostics));
    }

    /**
     * The graph's structure (backlinks, topics, paths, glossary, A–Z, redirects), kept while no page's place,
     * front matter, headings or links changed: editing the words of an article does not rebuild it.
     */
    private GraphBuilder.StructureMemo graphStructure() {
        PageStage<Object> stage = cache.stage("graph structure", () -> null);
        return new GraphBuilder.StructureMemo() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T apply(Object key, Diagnostics diagnostics, Function<Diagnostics, T> compute) {
                return (T) stage.apply("site", key, diagnostics, sink -> compute.apply(sink));
            }
        };
    }

    /** Each page's checked links, kept while the page and everything its links may point to are unchanged. */
    private GraphBuilder.LinkCheckMemo linkChecks() {
        return new GraphBuilder.LinkCheckMemo() {
            private PageStage<List<CheckedLink>> stage;

            @Override
            public List<CheckedLink> apply(RenderedPage page, Object siteKey, Diagnostics diagnostics,
                    Function<Diagnostics, List<CheckedLink>> check) {
                if (stage == null) {
                    stage = cache.stage("link checks", () -> siteKey);
                }
                return stage.apply(page.source().contentPath(), page, diagnostics, check);
            }
        };
    }

    /**
     * The published pages' bodies exactly as a build hands them to lints, the search index and templates,
     * for tools and tests that look at one stage's input (the search parity tests index them with Lucene).
     */
    public static List<PageBody> pageBodies(SiteConfig config, ContentSet content, Diagnostics diagnostics) {
        LintRunner noLints = new LintRunner(config.lints(), List.of(), LocalDate.now(), Severity.WARNING);
        return new SiteBuilder().renderPages(config, content, TemplateIds.read(config.themeDir()), false, noLints, diagnostics)
                .bodies();
    }

    /**
     * The author lints that compare pages (over the pages that rendered) and the site-wide checks; each page's
     * own lints ran as it rendered ({@link #renderAndLint}).
     */
    private static void lintAcrossPages(SiteConfig config, LintRunner lints, List<PageBody> bodies, Diagnostics diagnostics) {
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

    /** Whether the last build left slow work (a changed search index or related articles) undone. */
    public boolean leftWorkUndone() {
        if (!cache.enabled()) {
            return false;
        }
        SearchIndexState index = cache.state(SearchIndexState.class, SearchIndexState::new);
        RelatedState related = cache.state(RelatedState.class, RelatedState::new);
        synchronized (index) {
            if (index.pending != null) {
                return true;
            }
        }
        synchronized (related) {
            return related.pending != null;
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
        boolean related = computeDeferredRelated();
        return computeDeferredIndex() || related;
    }

    private boolean computeDeferredIndex() {
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

    /**
     * Related articles for the link stage. They depend on every article's text together (Lucene's term
     * statistics), so they are reused only while no article, and no learning path, changed. In {@code serve}
     * a changed set is left for {@link #computeDeferredWork()} like the search index, and the edited pages are
     * published at once with the related lists of the last build, resolved to the current pages; the
     * follow-up build then writes exactly what a fresh build would.
     */
    private Map<String, List<SourcePage>> relatedArticles(List<SourcePage> articles, Map<String, SeriesPlace> places) {
        RelatedInput input = new RelatedInput(articles, places);
        RelatedState state = cache.state(RelatedState.class, RelatedState::new);
        synchronized (state) {
            state.pending = null;
            if (state.ready != null && state.ready.input().equals(input)) {
                state.found = state.ready;
                state.ready = null;
            }
            if (state.found != null && state.found.input().equals(input)) {
                return state.found.resolve(articles);
            }
            if (cache.defersSlowWork() && state.found != null) {
                state.pending = input;
                return state.found.resolve(articles);
            }
        }
        Map<String, List<SourcePage>> related = RelatedArticles.find(articles, places);
        if (cache.enabled()) {
            synchronized (state) {
                state.found = FoundRelated.of(input, related);
            }
        }
        return related;
    }

    private boolean computeDeferredRelated() {
        RelatedState state = cache.state(RelatedState.class, RelatedState::new);
        RelatedInput input;
        synchronized (state) {
            input = state.pending;
            if (input == null || state.ready != null && state.ready.input().equals(input)) {
                return false;
            }
        }
        FoundRelated found = FoundRelated.of(input, RelatedArticles.find(input.articles(), input.places()));
        synchronized (state) {
            state.ready = found;
        }
        return true;
    }

    private record RelatedInput(List<SourcePage> articles, Map<String, SeriesPlace> places) {
    }

    /** Related articles by address, so a list kept from an earlier build can be read against the current pages. */
    private record FoundRelated(RelatedInput input, Map<String, List<String>> urls) {

        static FoundRelated of(RelatedInput input, Map<String, List<SourcePage>> related) {
            Map<String, List<String>> urls = new HashMap<>();
            related.forEach((url, pages) -> urls.put(url, pages.stream().map(SourcePage::url).toList()));
            return new FoundRelated(input, urls);
        }

        Map<String, List<SourcePage>> resolve(List<SourcePage> articles) {
            Map<String, SourcePage> byUrl = new HashMap<>();
            articles.forEach(page -> byUrl.put(page.url(), page));
            Map<String, List<SourcePage>> related = new HashMap<>();
            urls.forEach((url, list) -> {
                if (byUrl.containsKey(url)) {
                    related.put(url, list.stream().map(byUrl::get).filter(java.util.Objects::nonNull).toList());
                }
            });
            return related;
        }
    }

    /** The session's related articles: those last used, those computed ahead, and the input left due. */
    private static final class RelatedState {
        FoundRelated found;
        FoundRelated ready;
        RelatedInput pending;
    }

    private static List<MarkdownExtension> markdownExtensions(SiteConfig config, WikiLinkResolver wikiLinks) {
        List<MarkdownExtension> extensions = new ArrayList<>(List.of(MarkdownRenderer.CORE, new WikiLinkExtension(wikiLinks),
                new PlaceholderExtension(new ConfigPlaceholders(config))));
        if (config.typographicQuotes()) {
            extensions.add(MarkdownRenderer.TYPOGRAPHIC);
        }
        return extensions;
    }

    /**
     * The markdown renderer of a session, built once (Flexmark's set-up is not free); its wikilinks resolve
     * against the current build's {@link LinkTargets}, set before each build renders.
     */
    private static final class Markdown {
        final MarkdownRenderer renderer;
        volatile LinkTargets targets;

        Markdown(SiteConfig config, Set<String> templateIds) {
            this.renderer = new MarkdownRenderer(markdownExtensions(config, (from, target) -> targets.resolve(from, target)),
                    templateIds);
        }
    }

    private List<RenderedPage> renderMarkdown(SiteConfig config, ContentSet content, Set<String> templateIds,
            LinkTargets targets, LintRunner lints, Diagnostics diagnostics) {
        // Thread-safe and a function of the config and theme only, which a kept cache shares.
        Markdown markdown = cache.state(Markdown.class, () -> new Markdown(config, templateIds));
        markdown.targets = targets;
        // A page's HTML depends on the others' addresses and titles through its wikilinks.
        PageStage<Optional<RenderedPage>> markdownStage = cache.stage("markdown", targets::renderKey);
        // Lints read wikilinks as links, with the text they render: the target's title unless one is written.
        PageStage<Boolean> lintStage = cache.stage("lints", () -> List.of(lints.today(), targets.renderKey()));
        Counter rendering = new Counter("Rendering markdown", content.pages().size());
        return content.pages().parallelStream()
                .map(page -> rendering.count(renderAndLint(page, markdown.renderer, markdownStage, lintStage, lints, diagnostics)))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * Renders one page and runs its lints on the syntax tree rendering parsed, then lets the tree go: markdown
     * is parsed once, and only the pages being worked on hold a tree.
     */
    private static Optional<RenderedPage> renderAndLint(SourcePage page, MarkdownRenderer renderer,
            PageStage<Optional<RenderedPage>> markdownStage, PageStage<Boolean> lintStage, LintRunner lints,
            Diagnostics diagnostics) {
        AtomicReference<MarkdownRenderer.Rendering> fresh = new AtomicReference<>();
        Optional<RenderedPage> rendered = markdownStage.apply(page.contentPath(), page, diagnostics,
                sink -> renderer.renderTree(page, sink).map(rendering -> {
                    fresh.set(rendering);
                    return rendering.page();
                }));
        rendered.ifPresent(kept -> lintStage.apply(page.contentPath(), page, diagnostics, findings -> {
            // A rendering kept from an earlier build has no tree; parse again only then (serve, a new day).
            MarkdownRenderer.Rendering rendering = fresh.get() != null ? fresh.get()
                    : renderer.renderTree(page, new Diagnostics()).orElseThrow();
            lints.checkPage(page, rendering.tree(), findings);
            return Boolean.TRUE;
        }));
        return rendered;
    }

    private List<PageBody> processHtml(SiteConfig config, ContentSet content, Set<String> templateIds, SiteGraph graph,
            List<RenderedPage> rendered, Diagnostics diagnostics) {
        // Ids first: the link passes add links to them.
        List<HtmlPass> passes = new ArrayList<>(List.of(new UniqueIds(templateIds)));
        passes.addAll(LINK_STAGE ? LinkPasses.of(graph) : LinkPasses.rewriteOnly(graph));
        passes.addAll(HtmlProcessor.corePasses());
        HtmlProcessor html = new HtmlProcessor(config, content, passes, diagnostics);
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
     * Renders every content page and generated page with its template and, when given the guard's verdict
     * on an {@code outputFolder} to write, writes the site there and returns which files changed.
     */
    private Optional<OutputChanges> renderAndWrite(SiteConfig config, Theme theme, ContentSet content, PhraseBooks phrases,
            List<PageBody> bodies,
            SiteGraph graph, Optional<List<SearchFile>> search, Optional<OutputFolderCheck> outputFolder,
            Diagnostics diagnostics) {
        ThemeAssets assets = theme.assets();
        TemplateRenderer templates = theme.templates().reportingTo(diagnostics);
        PageModels models = new PageModels(config);
        // Kept while no top-level page changed its place, title or description: every page's model holds it, so
        // serve compares it page by page, and the same instance compares at once.
        SiteView site = cache.<SiteView>stage("site view", () -> null).apply("site", content.pages().stream()
                .filter(page -> page.contentPath().indexOf('/') < 0 || page.contentPath().equals(config.safety().supportPage()))
                .map(page -> List.of(page.contentPath(), page.url(), page.title(), page.frontMatter().description())).toList(),
                diagnostics, d -> models.site(content.pages()));
        SectionModels sections = new SectionModels(config, graph, models);
        // Page-local view models are kept per page, so an unchanged page's model compares equal at once.
        PageStage<PageView> pageViews = cache.stage("page views", () -> null);
        PageStage<MetaView> metaViews = cache.stage("page metadata", () -> null);
        PageMetadata metadata = new PageMetadata(config);
        PageStage<org.harmkb.template.ReviewView> reviews = cache.stage("review dates", () -> null);
        GraphModels plainGraphModels = new GraphModels(config, graph, models);
        // A page's glossary terms depend on its text and the glossary only.
        PageStage<List<org.harmkb.template.GraphView.TermView>> terms = cache.stage("glossary terms", plainGraphModels::glossaryKey);
        // A page's whole graph value depends on its body, its related articles and the graph's structure.
        PageStage<org.harmkb.template.GraphView> views = cache.stage("graph views", graph::structureVersion);
        GraphModels graphModels = new GraphModels(config, graph, models,
                (body, compute) -> terms.apply(body.page().source().contentPath(), body.text(), diagnostics, d -> compute.get()),
                (body, related, compute) -> views.apply(body.page().source().contentPath(), List.of(body, related), diagnostics,
                        d -> compute.get()));
        List<ModelContributor> contributors = List.of(
                sections,
                (page, model) -> model.put("meta", metaViews.apply(page.page().source().contentPath(), page.page().source(),
                        diagnostics, d -> metadata.view(page.page().source()))),
                new ThemeModelContributor(config, sections.trails(), (page, compute) -> reviews.apply(page.contentPath(),
                        page.frontMatter(), diagnostics, d -> compute.get())),
                graphModels,
                new PhraseBookContributor(config, phrases));
        // A page with a phrase book is the "prepare what to say" page, whatever its section.
        Function<SourcePage, String> templateOf = page -> phrases.of(page).isPresent()
                ? PhraseBookContributor.TEMPLATE : sections.templateOf(page);
        Function<PageBody, Map<String, Object>> modelOf = body -> {
            Map<String, Object> model = new HashMap<>();
            model.put("site", site);
            model.put("page", pageViews.apply(body.page().source().contentPath(), body, diagnostics, d -> models.page(body)));
            contributors.forEach(contributor -> contributor.contribute(body, model));
            return model;
        };
        List<GeneratedPage> generated = new ArrayList<>(List.of(notFoundPage(config),
                noindex(SearchPage.of(models, config, sections))));
        if (LINK_STAGE) {
            // Generated pages read the graph's structure only (and the config, which a kept cache shares).
            generated.addAll(cache.<List<GeneratedPage>>stage("generated pages", () -> null)
                    .apply("graph", graph.structureVersion(), diagnostics, d -> {
                        List<GeneratedPage> pages = new ArrayList<>(graphModels.generatedPages());
                        pages.addAll(sections.generatedPages());
                        return pages;
                    }));
        }
        List<String> searchFiles = search.map(files -> files.stream().map(SearchFile::sitePath).toList())
                .orElseGet(this::lastSearchFiles);
        boolean collisions = !OutputPlan.of(content, graph.redirects(), generated, assets, searchFiles)
                .reportCollisions(diagnostics);
        if (LINK_STAGE) {
            generated.addAll(cache.<List<GeneratedPage>>stage("redirect pages", () -> null)
                    .apply("graph", graph.structureVersion(), diagnostics, d -> graphModels.redirectPages()));
        }
        Counter templating = new Counter("Applying templates", bodies.size() + generated.size());
        if (outputFolder.isEmpty() || collisions) {
            // Templates are still tried, so their errors are reported along with the collisions.
            bodies.parallelStream().forEach(body -> templating.count(
                    templates.render(templateOf.apply(body.page().source()), modelOf.apply(body),
                            body.page().source().displayPath())));
            generated.parallelStream().forEach(page -> templating.count(
                    templates.render(page.template(), generatedModel(site, page), "generated page " + page.url())));
            return Optional.empty();
        }
        Optional<OutputState> previous = cache.output(config.outputDir());
        Map<String, Object> renderedModels = new ConcurrentHashMap<>(2 * (bodies.size() + generated.size()));
        Map<String, FileStamp> copied = new HashMap<>();
        try (SiteOutput output = previous.isPresent()
                ? SiteUpdater.open(outputFolder.get(), previous.get().files())
                : SiteWriter.stage(outputFolder.get())) {
            bodies.parallelStream().forEach(body -> {
                String url = body.page().source().url();
                String template = templateOf.apply(body.page().source());
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
                if (!phrases.contentPaths().contains(file.contentPath())) {
                    copyStatic(output, previous, copied, file);
                }
            }
            assets.writeTo(output);
            List<PublishedPage> published = publishedPages(content, generated, cache.stage("published pages", () -> null),
                    diagnostics);
            PageStage<byte[]> listings = cache.stage("listings", () -> null);
            output.write(Sitemap.PATH, listings.apply("sitemap.xml", published, diagnostics, d -> Sitemap.xml(config, published)));
            output.write(AtomFeed.PATH, listings.apply("feed.xml", published, diagnostics, d -> AtomFeed.xml(config, published)));
            output.write(RobotsTxt.PATH, RobotsTxt.text(config));
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
        } catch (UnreadableSourceException e) {
            diagnostics.error(org.harmkb.diagnostic.SourcePaths.display(e.source()), 0, 0,
                    "cannot read this file to publish it: " + e.reason(),
                    "check the file exists and you may read it; the published site was left as it was");
            return Optional.empty();
        } catch (IOException | java.io.UncheckedIOException e) {
            diagnostics.error(org.harmkb.diagnostic.SourcePaths.display(config.outputDir()), 0, 0,
                    "cannot write the site: " + e.getMessage(), "check there is disk space and the folder is writable");
            return Optional.empty();
        }
    }

    /**
     * The theme's fingerprinted assets, its compiled templates and the ids they use: kept while theme and
     * config are unchanged.
     */
    private record Theme(ThemeAssets assets, TemplateRenderer templates, Set<String> templateIds) {
    }

    private Theme theme(SiteConfig config, Diagnostics diagnostics) {
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
