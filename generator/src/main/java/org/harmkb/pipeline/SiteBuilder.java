package org.harmkb.pipeline;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.harmkb.config.ConfigLoader;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.ContentSet;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.Severity;
import org.harmkb.html.PageBody;
import org.harmkb.lint.LintRunner;
import org.harmkb.link.GraphBuilder;
import org.harmkb.link.LinkTargets;
import org.harmkb.link.SiteGraph;
import org.harmkb.markdown.RenderedPage;
import org.harmkb.memo.Latest;
import org.harmkb.output.OutputChanges;
import org.harmkb.output.OutputFolderCheck;
import org.harmkb.phrases.PhraseBooks;
import org.harmkb.search.ReaderVocabulary;
import org.harmkb.search.SearchFile;

/**
 * Runs the stages in order — config, theme, content, markdown (with each page's lints), graph, html, lint,
 * phrase books, search index, related articles (from the search index's analysis), templates/write — collecting
 * every diagnostic. Each stage is a class of this package with typed inputs and outputs; this class only orders them and times them under the names
 * {@code --timings} prints. The output folder is replaced only when the whole build succeeded.
 *
 * <p>With a {@link BuildCache} that is kept between builds ({@code serve}), each per-page stage reuses the
 * results of pages whose inputs did not change, pages whose template model is unchanged are neither
 * rendered nor written, and the output folder is updated in place; the files are the same bytes a fresh
 * build writes. Not thread-safe: one build at a time per instance.
 */
public final class SiteBuilder {

    private final BuildCache cache;
    private final BuildProgress progress;
    /** The current build's stage times; a fresh clock for each build. */
    private StageClock clock = new StageClock();
    /** How many diagnostics the last build had, to size the next build's set ({@code serve} replays them all). */
    private int lastDiagnosticCount;

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
        Diagnostics diagnostics = new Diagnostics(lastDiagnosticCount);
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
            ThemeStage.Theme theme = clock.time("theme", () -> new ThemeStage(cache).run(config, diagnostics));
            LintRunner lints = new LintRunner(config.lints(), LintRunner.builtIn(config), LocalDate.now(), Severity.WARNING);
            Processed processed = processPages(options, config, theme, lints, diagnostics);
            ContentSet content = processed.content();
            pageCount = content.pages().size();
            SiteGraph graph = processed.graph();
            List<PageBody> bodies = processed.bodies();
            progress.update("Checking the writing", 0, 0);
            clock.time("lint", () -> new LintStage(cache, config, lints).run(bodies, diagnostics));
            PhraseBooks phrases = clock.time("phrase books",
                    () -> PhraseBooks.read(config, content, graph.targets(), diagnostics));
            progress.update("Indexing for search", 0, 0);
            Searched searched = indexAndRelate(config, graph, bodies, diagnostics);
            SiteGraph linked = searched.graph();
            Latest<List<SearchFile>> search = searched.files();
            written = clock.time("templates/write", () -> new WriteStage(cache, progress, config).run(theme, content,
                    phrases, bodies, linked, search, outputFolder.filter(folder -> options.write()), diagnostics));
            cache.end();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        lastDiagnosticCount = diagnostics.errorCount() + diagnostics.warningCount();
        return new BuildResult(pageCount, elapsed, diagnostics.sorted(), diagnostics.errorCount(),
                diagnostics.warningCount(), diagnostics.droppedCount(), written.isPresent(),
                written.orElse(OutputChanges.NONE), clock.timings());
    }

    /** The content without its markdown, the html stage's output and the graph it linked against. */
    private record Processed(ContentSet content, SiteGraph graph, List<PageBody> bodies) {
    }

    /**
     * The stages markdown, graph and html. A method of its own so that each page's HTML as Flexmark wrote it, which
     * the html stage replaces (0.7 GB at 100,000 pages), is no longer reachable once it returns: later stages read
     * each page's {@link PageBody}, which keeps the rendered page without that HTML.
     */
    private Processed processPages(BuildOptions options, SiteConfig config, ThemeStage.Theme theme, LintRunner lints,
            Diagnostics diagnostics) {
        Rendered rendered = readAndRender(options, config, theme, lints, diagnostics);
        progress.update("Linking pages", 0, 0);
        SiteGraph graph = clock.time("graph", () -> GraphBuilder.build(config, rendered.pages(), rendered.targets(),
                !options.write(), cache, diagnostics));
        List<PageBody> bodies = clock.time("html", () -> new HtmlStage(cache, progress, config, theme.templateIds())
                .run(rendered.content(), graph, rendered.pages(), diagnostics));
        return new Processed(rendered.content(), graph, bodies);
    }

    /** The content without its markdown, the link targets its pages were rendered against and the rendered pages. */
    private record Rendered(ContentSet content, LinkTargets targets, List<RenderedPage> pages) {
    }

    /**
     * The stages content and markdown. A method of its own so that each page's markdown (0.7 GB at 100,000 pages),
     * which only the markdown stage reads, is no longer reachable once it returns.
     */
    private Rendered readAndRender(BuildOptions options, SiteConfig config, ThemeStage.Theme theme, LintRunner lints,
            Diagnostics diagnostics) {
        progress.update("Reading content", 0, 0);
        ContentStage.Read read = clock.time("content", () -> new ContentStage(cache).run(config, options.includeDrafts(),
                diagnostics));
        LinkTargets targets = cache.state(LastLinkTargets.class, LastLinkTargets::new).of(read.content(), cache);
        // Each page's own lints run on the syntax tree as it renders, so this stage's time includes them.
        List<RenderedPage> rendered = clock.time("markdown", () -> new MarkdownStage(cache, progress, config,
                theme.templateIds(), lints).run(read, targets, diagnostics));
        return new Rendered(read.content(), targets, rendered);
    }

    /** The search index's files and the graph with each article's related articles. */
    private record Searched(SiteGraph graph, Latest<List<SearchFile>> files) {
    }

    /**
     * The stages search index and related articles. A method of its own so that each page's analysed words,
     * which related articles are found from (0.3 GB at 100,000 pages), are no longer reachable once it returns.
     */
    private Searched indexAndRelate(SiteConfig config, SiteGraph graph, List<PageBody> bodies, Diagnostics diagnostics) {
        Latest<SearchStage.Indexed> indexed = clock.time("search index",
                () -> new SearchStage(cache, config).run(bodies, diagnostics));
        SiteGraph linked = clock.time("related articles", () -> new RelatedStage(cache, config).run(graph,
                bodies.stream().map(PageBody::page).toList(), indexed.value().terms(), diagnostics));
        return new Searched(linked, new Latest<>(indexed.value().files(), indexed.current()));
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
}
