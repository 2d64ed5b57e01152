package org.harmkb.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.ContentSet;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.html.PageBody;
import org.harmkb.link.SiteGraph;
import org.harmkb.memo.Latest;
import org.harmkb.memo.Memo;
import org.harmkb.memo.MemoStage;
import org.harmkb.output.AtomFeed;
import org.harmkb.output.HostHeaders;
import org.harmkb.output.IncrementalOutput;
import org.harmkb.output.OutputChanges;
import org.harmkb.output.OutputFolderCheck;
import org.harmkb.output.OutputPlan;
import org.harmkb.output.OutputState;
import org.harmkb.output.OutputState.RenderedFrom;
import org.harmkb.output.PublishedPage;
import org.harmkb.output.PublishedPages;
import org.harmkb.output.RobotsTxt;
import org.harmkb.output.SiteOutput;
import org.harmkb.output.SiteUpdater;
import org.harmkb.output.SiteWriter;
import org.harmkb.output.Sitemap;
import org.harmkb.output.ThemeAssets;
import org.harmkb.output.UnreadableSourceException;
import org.harmkb.phrases.PhraseBooks;
import org.harmkb.search.SearchFile;
import org.harmkb.template.GeneratedPage;
import org.harmkb.template.PageModel;
import org.harmkb.template.SiteModels;
import org.harmkb.template.TemplateRenderer;

/**
 * {@link PageBody}s, the {@link SiteGraph}, phrase books and search files → the output folder: every page through
 * its template, generated pages, static files, assets, sitemap, feed and search files; returns which files changed.
 * Pages whose model is unchanged since a kept build are neither rendered nor written. Without a folder to write
 * (or with colliding paths) templates are still applied, so their errors are reported.
 */
final class WriteStage {

    private static final MemoStage<Void, SourcePage, PublishedPage> PUBLISHED_PAGES = new MemoStage<>("published pages");
    private static final MemoStage<Void, List<PublishedPage>, byte[]> LISTINGS = new MemoStage<>("listings");
    /**
     * Whether the output plan is free of collisions, kept for the addresses it was planned from (a plan with
     * collisions reports errors, so it is never kept: each build reports them afresh).
     */
    private static final MemoStage<Void, OutputPlan.Addresses, Boolean> OUTPUT_PLAN = new MemoStage<>("output plan");

    private final BuildCache cache;
    private final BuildProgress progress;
    private final SiteConfig config;

    WriteStage(BuildCache cache, BuildProgress progress, SiteConfig config) {
        this.cache = cache;
        this.progress = progress;
        this.config = config;
    }

    /**
     * Renders every content page and generated page with its template and, when given the guard's verdict
     * on an {@code outputFolder} to write, writes the site there and returns which files changed.
     */
    Optional<OutputChanges> run(ThemeStage.Theme theme, ContentSet content, PhraseBooks phrases, List<PageBody> bodies,
            SiteGraph graph, Latest<List<SearchFile>> search, Optional<OutputFolderCheck> outputFolder,
            Diagnostics diagnostics) {
        ThemeAssets assets = theme.assets();
        TemplateRenderer templates = theme.templates().reportingTo(diagnostics);
        SiteModels models = new SiteModels(config, content.pages(), graph, phrases, cache, diagnostics);
        List<GeneratedPage> generated = new ArrayList<>(models.generatedPages());
        // A deferred index leaves the files of the last one on disk.
        List<String> searchFiles = search.value().stream().map(SearchFile::sitePath).toList();
        boolean collisions = !cache.stage(OUTPUT_PLAN, () -> null).apply("output plan",
                OutputPlan.addresses(content, graph.redirects(), generated, assets, searchFiles), diagnostics,
                sink -> OutputPlan.of(content, graph.redirects(), generated, assets, searchFiles).reportCollisions(sink));
        generated.addAll(models.redirectPages());
        ProgressCounter templating = new ProgressCounter(progress, "Applying templates", bodies.size() + generated.size());
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
            List<PublishedPage> published = PublishedPages.of(cache.each(PUBLISHED_PAGES, () -> null, content.pages(),
                    SourcePage::contentPath, diagnostics, (page, sink) -> PublishedPage.of(page)), generated);
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
}
