package org.harmkb.template;

import java.util.ArrayList;
import java.util.List;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.html.PageBody;
import org.harmkb.link.SiteGraph;
import org.harmkb.memo.Memo;
import org.harmkb.memo.MemoStage;
import org.harmkb.memo.Memos;
import org.harmkb.phrases.PhraseBooks;

/**
 * The template stage's input: which template renders each content page and with what model, and the pages
 * no content file makes (404, search, topic, path, glossary and section indexes, redirects) with theirs.
 * Page-local views are kept per page through {@link Memos}, so in {@code serve} an unchanged page's model
 * compares equal to the last build's at once. Thread-safe once made; models are made on demand.
 */
public final class SiteModels {

    /** Kept while no top-level page changed its place, title or description; every page's model holds it. */
    private static final MemoStage<Void, List<TopPage>, SiteView> SITE_VIEW = new MemoStage<>("site view");
    private static final MemoStage<Void, PageBody, PageView> PAGE_VIEWS = new MemoStage<>("page views");
    private static final MemoStage<Void, SourcePage, MetaView> PAGE_METADATA = new MemoStage<>("page metadata");
    /** Generated pages read the graph's structure only (and the config, which a kept cache shares). */
    private static final MemoStage<Void, SiteGraph.Structure, List<GeneratedPage>> GENERATED_PAGES =
            new MemoStage<>("generated pages");
    private static final MemoStage<Void, SiteGraph.Structure, List<GeneratedPage>> REDIRECT_PAGES =
            new MemoStage<>("redirect pages");
    /** The home page's sections, paths and topics: the graph's structure (and the config) only. */
    private static final MemoStage<Void, SiteGraph.Structure, HomeView> HOME = new MemoStage<>("home view");
    /** A page's trail reads its address and title, and the sections' titles, which are the graph's structure. */
    private static final MemoStage<SiteGraph.Structure, TrailKey, Breadcrumbs> BREADCRUMBS = new MemoStage<>("breadcrumbs");

    private record TrailKey(String url, String title) {
    }

    /** What the site view reads of a top-level page (or the support page). */
    private record TopPage(String contentPath, String url, String title, String description) {
    }

    private final SiteConfig config;
    private final SiteGraph graph;
    private final PhraseBooks phrases;
    private final Memos memos;
    private final Diagnostics diagnostics;
    private final PageModels models;
    private final SiteView site;
    private final SectionModels sections;
    private final GraphModels graphModels;
    private final Memo<PageBody, PageView> pageViews;
    private final Memo<SourcePage, MetaView> metaViews;
    private final PageMetadata metadata;
    private final ThemeViews themeViews;
    private final PhraseBookViews phraseViews;
    private final Memo<SiteGraph.Structure, HomeView> home;
    private final Memo<TrailKey, Breadcrumbs> trails;

    /**
     * @param pages       every content page, for the site view (the home page and top-level sections)
     * @param diagnostics where kept results replay the diagnostics they reported
     */
    public SiteModels(SiteConfig config, List<SourcePage> pages, SiteGraph graph, PhraseBooks phrases, Memos memos,
            Diagnostics diagnostics) {
        this.config = config;
        this.graph = graph;
        this.phrases = phrases;
        this.memos = memos;
        this.diagnostics = diagnostics;
        this.models = new PageModels(config);
        this.site = memos.stage(SITE_VIEW, () -> null).apply("site", pages.stream()
                .filter(page -> page.contentPath().indexOf('/') < 0 || page.contentPath().equals(config.safety().supportPage()))
                .map(page -> new TopPage(page.contentPath(), page.url(), page.title(), page.frontMatter().description())).toList(),
                diagnostics, d -> models.site(pages));
        this.sections = new SectionModels(config, graph, models);
        this.pageViews = memos.stage(PAGE_VIEWS, () -> null);
        this.metaViews = memos.stage(PAGE_METADATA, () -> null);
        this.metadata = new PageMetadata(config);
        this.graphModels = new GraphModels(config, graph, models, memos, diagnostics);
        this.themeViews = new ThemeViews(config, sections.trails(), memos, diagnostics);
        this.phraseViews = new PhraseBookViews(config, phrases);
        this.home = memos.stage(HOME, () -> null);
        this.trails = memos.stage(BREADCRUMBS, graph::structureVersion);
    }

    /** The template of a content page: a page with a phrase book is the "prepare what to say" page, whatever its section. */
    public String templateOf(SourcePage page) {
        return phrases.of(page).isPresent() ? PhraseBookViews.TEMPLATE : sections.templateOf(page);
    }

    /** A content page's model: {@code site}, {@code page}, and the views of its section, graph, theme and phrase book. */
    public PageModel modelOf(PageBody body) {
        SourcePage source = body.page().source();
        return PageModel.builder()
                .site(site)
                .page(pageViews.apply(source.contentPath(), body, diagnostics, d -> models.page(body)))
                .home(source.isHome() ? home.apply("home", graph.structureVersion(), diagnostics, d -> sections.home()) : null)
                .section(sections.sectionOf(source))
                .meta(metaViews.apply(source.contentPath(), source, diagnostics, d -> metadata.view(source)))
                .review(themeViews.review(source))
                .breadcrumbs(source.isHome() ? null : trails.apply(source.contentPath(), new TrailKey(source.url(), source.title()),
                        diagnostics, d -> themeViews.breadcrumbs(source)))
                .graph(graphModels.view(body))
                .prepareLinks(phraseViews.prepareLinks(source))
                .phrases(phraseViews.phrases(source))
                .prepareLink(phraseViews.prepareLink(source))
                .build();
    }

    /** The 404 and search pages, then the graph's and the sections' index pages; redirects are apart. */
    public List<GeneratedPage> generatedPages() {
        List<GeneratedPage> generated = new ArrayList<>(List.of(SpecialPages.notFound(config), SpecialPages.search(config, sections)));
        generated.addAll(memos.stage(GENERATED_PAGES, () -> null).apply("graph", graph.structureVersion(), diagnostics, d -> {
            List<GeneratedPage> pages = new ArrayList<>(graphModels.generatedPages());
            pages.addAll(sections.generatedPages());
            return pages;
        }));
        return generated;
    }

    /** The pages that send readers from an article's old address to its new one. */
    public List<GeneratedPage> redirectPages() {
        return memos.stage(REDIRECT_PAGES, () -> null).apply("graph", graph.structureVersion(), diagnostics,
                d -> graphModels.redirectPages());
    }

    /** A generated page's model: its own, with {@code site}. */
    public PageModel modelOf(GeneratedPage page) {
        return page.model().withSite(site);
    }
}
