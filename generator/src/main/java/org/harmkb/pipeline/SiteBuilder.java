package org.harmkb.pipeline;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.harmkb.config.ConfigLoader;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.ContentLoader;
import org.harmkb.content.ContentSet;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.Severity;
import org.harmkb.html.HtmlPass;
import org.harmkb.html.HtmlProcessor;
import org.harmkb.html.LinkPasses;
import org.harmkb.html.PageBody;
import org.harmkb.html.UniqueIds;
import org.harmkb.lint.LintRunner;
import org.harmkb.memo.Latest;
import org.harmkb.memo.Memo;
import org.harmkb.memo.MemoStage;
import org.harmkb.memo.Memos;
import org.harmkb.link.GraphBuilder;
import org.harmkb.link.LinkTargets;
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
import org.harmkb.output.IncrementalOutput;
import org.harmkb.output.OutputState;
import org.harmkb.output.OutputState.RenderedFrom;
import org.harmkb.output.OutputChanges;
import org.harmkb.output.OutputFolderCheck;
import org.harmkb.output.OutputPlan;
import org.harmkb.output.PublishedPage;
import org.harmkb.output.PublishedPages;
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
import org.harmkb.template.PageModel;
import org.harmkb.template.TemplateIds;
import org.harmkb.template.TemplateRenderer;
import org.harmkb.template.SiteModels;

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

    /** Each page's markdown rendered; wikilinks read every page's address and title. */
    private static final MemoStage<LinkTargets.RenderKey, SourcePage, Optional<RenderedPage>> MARKDOWN =
            new MemoStage<>("markdown");
    private static final MemoStage<Void, RenderedPage, SiteOutline.PageOutline> OUTLINES = new MemoStage<>("outline");
    /** Each page's processed HTML; the passes read other pages only through what the outline holds. */
    private static final MemoStage<SiteOutline, RenderedPage, PageBody> HTML = new MemoStage<>("html");
    /** Each page's lint findings; they read the page, today's date (review deadlines) and wikilink targets. */
    private static final MemoStage<LintKey, SourcePage, Boolean> LINTS = new MemoStage<>("lints");
    private static final MemoStage<Void, PageBody, SearchDocument> SEARCH_DOCUMENTS = new MemoStage<>("search documents");
    /** The static search index: its files depend on every document together (term statistics, shards). */
    private static final MemoStage<Void, List<SearchDocument>, List<SearchFile>> SEARCH_INDEX = new MemoStage<>("search index");
    private static final MemoStage<Void, SourcePage, PublishedPage> PUBLISHED_PAGES = new MemoStage<>("published pages");
    private static final MemoStage<Void, List<PublishedPage>, byte[]> LISTINGS = new MemoStage<>("listings");

    /** What lint findings read besides the page. */
    private record LintKey(LocalDate today, LinkTargets.RenderKey targets) {
    }


    private final BuildCache cache;
    private final BuildProgress progress;
    /** The current build's stage times; a fresh clock for each build. */
    private StageClock clock = new StageClock();

    public SiteBuilder() {
        this(BuildCache.disabled(), BuildProgress.NONE);
    }

    public SiteBuilder(BuildCache cache, BuildProgress progress) {
        this.cache = cache;
        this.progress = progress;
    }

    public BuildResult build(BuildOptions options) {
        long start = System.nanoTime();
        clock = new StageClock();
        Diagnostics diagnostics = new Diagnostics();
        int pageCount = 0;
        Optional<OutputChanges> written = Optional.empty();
        Optional<SiteConfig> loaded = clock.time("config", () -> ConfigLoader.load(options.configFile(), diagnostics)
                .map(options::apply));
        Optional<OutputFolderCheck> outputFolder = loaded.map(options::checkOutputFolder);
        outputFolder.flatMap(OutputFolderCheck::refusal).ifPresent(diagnostics::report);
        if (loaded.isPresent() && outputFolder.get().allowed()) {
            SiteConfig config = clock.time("config", () -> loaded.get().withSearch(
                    ReaderVocabulary.apply(loaded.get().search(), loaded.get().contentDir(), diagnostics)));
            cache.begin(config, options.includeDrafts(), config.themeDir());
            Theme theme = clock.time("theme", () -> theme(config, diagnostics));
            progress.update("Reading content", 0, 0);
            ContentSet content = clock.time("content", () -> new ContentLoader(config.contentDir(), options.includeDrafts(),
                    config.staticFiles().allowActive(), diagnostics, cache.sources()).load());
            pageCount = content.pages().size();
            LintRunner lints = new LintRunner(config.lints(), LintRunner.builtIn(config), LocalDate.now(), Severity.WARNING);
            Pages pages = renderPages(config, content, theme.templateIds(), !options.write(), lints, diagnostics);
            progress.update("Checking the writing", 0, 0);
            clock.time("lint", () -> lintAcrossPages(config, lints, pages.bodies(), diagnostics));
            PhraseBooks phrases = clock.time("phrase books",
                    () -> PhraseBooks.read(config, content, pages.graph().targets(), diagnostics));
            progress.update("Indexing for search", 0, 0);
            Latest<List<SearchFile>> search = clock.time("search index",
                    () -> searchIndex(config, pages.bodies(), diagnostics));
            written = clock.time("templates/write", () -> renderAndWrite(config, theme, content, phrases, pages.bodies(),
                    pages.graph(), search, outputFolder.filter(folder -> options.write()), diagnostics));
            cache.end();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new BuildResult(pageCount, elapsed, diagnostics.sorted(), diagnostics.errorCount(),
                diagnostics.warningCount(), diagnostics.droppedCount(), written.isPresent(),
                written.orElse(OutputChanges.NONE), clock.timings());
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
        // Each page's own lints run on the syntax tree as it renders, so this stage's time includes them.
        List<RenderedPage> rendered = clock.time("markdown",
                () -> renderMarkdown(config, content, templateIds, targets, lints, diagnostics));
        progress.update("Linking pages", 0, 0);
        SiteGraph graph = clock.time("graph", () -> GraphBuilder.build(config, rendered, targets, warnOrphans,
                timed(), diagnostics));
        return new Pages(graph, clock.time("html", () -> processHtml(config, content, templateIds, graph, rendered, diagnostics)));
    }

    /** The session's memos, with slow site-wide work timed under its stage's name. */
    private Memos timed() {
        return new Memos() {
            @Override
            public <S, I, O> Memo<I, O> stage(MemoStage<S, I, O> stage, Supplier<S> siteKey) {
                return cache.stage(stage, siteKey);
            }

            @Override
            public <I, O> Latest<O> latest(MemoStage<Void, I, O> stage, I input, Diagnostics diagnostics,
                    Function<Diagnostics, O> compute) {
                return clock.time(stage.name(), () -> cache.latest(stage, input, diagnostics, compute));
            }
        };
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
     * they are reused only while no document changed: documents are values, compared page by page. Not current
     * when the cache defers a changed index ({@code serve} publishes the pages first): the last index's files on
     * disk then stay as they are, and {@link #computeDeferredWork()} builds the new index for a later build
     * to write.
     */
    private Latest<List<SearchFile>> searchIndex(SiteConfig config, List<PageBody> bodies, Diagnostics diagnostics) {
        Memo<PageBody, SearchDocument> documents = cache.stage(SEARCH_DOCUMENTS, () -> null);
        List<SearchDocument> docs = bodies.stream()
                .filter(body -> !body.page().source().frontMatter().draft())
                .map(body -> documents.apply(body.page().source().contentPath(), body, diagnostics,
                        d -> SearchDocuments.of(List.of(body), config).get(0)))
                .toList();
        return cache.latest(SEARCH_INDEX, docs, diagnostics,
                sink -> new SearchIndexBuilder(config.search(), IndexLayout.DEFAULT).build(docs, sink).files());
    }

    /** Whether the last build left slow work (a changed search index or related articles) undone. */
    public boolean leftWorkUndone() {
        return cache.hasDeferredWork();
    }

    /**
     * Does the slow work the last build deferred (search index, related articles), so that the next build
     * uses it at once. May run on another thread while builds go on; see {@link BuildCache#computeDeferred}.
     *
     * @return whether anything was computed for the next build to use
     */
    public boolean computeDeferredWork() {
        return cache.computeDeferred();
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
        Memo<SourcePage, Optional<RenderedPage>> markdownStage = cache.stage(MARKDOWN, targets::renderKey);
        // Lints read wikilinks as links, with the text they render: the target's title unless one is written.
        // Each page's findings depend on the page, the config and today's date (review deadlines).
        Memo<SourcePage, Boolean> lintStage = cache.stage(LINTS, () -> new LintKey(lints.today(), targets.renderKey()));
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
            Memo<SourcePage, Optional<RenderedPage>> markdownStage, Memo<SourcePage, Boolean> lintStage, LintRunner lints,
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
        passes.addAll(LinkPasses.of(graph));
        passes.addAll(HtmlProcessor.corePasses());
        HtmlProcessor html = new HtmlProcessor(config, passes);
        // HTML passes may look at other pages (link targets, titles): their results depend on the outline.
        Memo<RenderedPage, SiteOutline.PageOutline> outlines = cache.stage(OUTLINES, () -> null);
        Memo<RenderedPage, PageBody> htmlStage = cache.stage(HTML, () -> SiteOutline.of(content, rendered,
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
            SiteGraph graph, Latest<List<SearchFile>> search, Optional<OutputFolderCheck> outputFolder,
            Diagnostics diagnostics) {
        ThemeAssets assets = theme.assets();
        TemplateRenderer templates = theme.templates().reportingTo(diagnostics);
        SiteModels models = new SiteModels(config, content.pages(), graph, phrases, cache, diagnostics);
        List<GeneratedPage> generated = new ArrayList<>(models.generatedPages());
        // A deferred index leaves the files of the last one on disk.
        List<String> searchFiles = search.value().stream().map(SearchFile::sitePath).toList();
        boolean collisions = !OutputPlan.of(content, graph.redirects(), generated, assets, searchFiles)
                .reportCollisions(diagnostics);
        generated.addAll(models.redirectPages());
        Counter templating = new Counter("Applying templates", bodies.size() + generated.size());
        if (outputFolder.isEmpty() || collisions) {
            // Templates are still tried, so their errors are reported along with the collisions.
            bodies.parallelStream().forEach(body -> templating.count(
                    templates.render(models.templateOf(body.page().source()), models.modelOf(body),
                            body.page().source().displayPath())));
            generated.parallelStream().forEach(page -> templating.count(
                    templates.render(page.template(), models.modelOf(page), "generated page " + page.url())));
            return Optional.empty();
        }
        Optional<OutputState> previous = cache.output(config.outputDir());
        try (SiteOutput output = previous.isPresent()
                ? SiteUpdater.open(outputFolder.get(), previous.get().files())
                : SiteWriter.stage(outputFolder.get())) {
            IncrementalOutput files = new IncrementalOutput(output, previous, cache.enabled(), bodies.size() + generated.size());
            bodies.parallelStream().forEach(body -> {
                String url = body.page().source().url();
                String template = models.templateOf(body.page().source());
                PageModel model = models.modelOf(body);
                files.page(url, new RenderedFrom(template, model),
                        () -> templates.render(template, model, body.page().source().displayPath()));
                templating.count(url);
            });
            generated.parallelStream().forEach(page -> {
                PageModel model = models.modelOf(page);
                files.page(page.url(), new RenderedFrom(page.template(), model),
                        () -> templates.render(page.template(), model, "generated page " + page.url()));
                templating.count(page.url());
            });
            progress.update("Writing", 0, 0);
            content.staticFiles().stream().filter(file -> !phrases.contentPaths().contains(file.contentPath()))
                    .forEach(files::staticFile);
            assets.writeTo(output);
            Memo<SourcePage, PublishedPage> publishing = cache.stage(PUBLISHED_PAGES, () -> null);
            List<PublishedPage> published = PublishedPages.of(content.pages(), generated,
                    page -> publishing.apply(page.contentPath(), page, diagnostics, d -> PublishedPage.of(page)));
            Memo<List<PublishedPage>, byte[]> listings = cache.stage(LISTINGS, () -> null);
            output.write(Sitemap.PATH, listings.apply("sitemap.xml", published, diagnostics, d -> Sitemap.xml(config, published)));
            output.write(AtomFeed.PATH, listings.apply("feed.xml", published, diagnostics, d -> AtomFeed.xml(config, published)));
            output.write(RobotsTxt.PATH, RobotsTxt.text(config));
            output.write(HostHeaders.PATH, HostHeaders.netlifyFormat());
            if (search.current()) {
                search.value().forEach(file -> output.write(file.sitePath(), file.bytes()));
            } else {
                searchFiles.forEach(output::keep);
            }
            if (diagnostics.hasErrors()) {
                output.discard();
                return Optional.empty();
            }
            OutputChanges changes = output.commit();
            if (cache.enabled()) {
                cache.committed(files.state(config.outputDir()));
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
