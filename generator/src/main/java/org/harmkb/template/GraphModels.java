package org.harmkb.template;

import java.util.ArrayList;
import java.util.List;
import org.harmkb.config.SiteConfig;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.content.SourcePage;
import org.harmkb.html.PageBody;
import org.harmkb.link.GlossaryEntry;
import org.harmkb.link.LearningPath;
import org.harmkb.link.LetterGroup;
import org.harmkb.link.Redirect;
import org.harmkb.link.SeriesPlace;
import org.harmkb.link.SiteGraph;
import org.harmkb.link.TopicPage;
import org.harmkb.markdown.Heading;
import org.harmkb.memo.Memo;
import org.harmkb.memo.MemoStage;
import org.harmkb.memo.Memos;
import org.harmkb.template.GraphView.BacklinkView;
import org.harmkb.template.GraphView.LetterView;
import org.harmkb.template.GraphView.PathView;
import org.harmkb.template.GraphView.RedirectView;
import org.harmkb.template.GraphView.SeriesView;
import org.harmkb.template.GraphView.TermView;
import org.harmkb.template.GraphView.TocEntry;
import org.harmkb.template.GraphView.TopicLink;

/**
 * Turns the {@link SiteGraph} into template models: the {@code graph} value of every content page, and the
 * pages the graph generates (topics, learning paths, glossary, A–Z, redirects). Immutable and thread-safe.
 */
public final class GraphModels {

    /** A page gets a table of contents from this many {@code ##} headings up. */
    public static final int TOC_MIN_HEADINGS = 3;

    private final SiteConfig config;
    private final SiteGraph graph;
    private final PageModels models;

    /**
     * A page's "Terms used on this page": finding them scans the page's whole text, so they are kept while
     * its text and the glossary ({@link #glossaryKey()}) are unchanged.
     */
    private static final MemoStage<List<TermView>, String, List<TermView>> TERMS = new MemoStage<>("glossary terms");

    /**
     * A page's whole {@code graph} value, kept while the page's body and related articles are equal and the
     * graph's structure is the same instance.
     */
    private static final MemoStage<SiteGraph.Structure, ViewInput, GraphView> VIEWS = new MemoStage<>("graph views");

    /** What a page's {@code graph} value reads besides the graph's structure. */
    private record ViewInput(PageBody body, List<SourcePage> related) {
    }

    private final Memo<String, List<TermView>> terms;
    private final Memo<ViewInput, GraphView> views;
    private final Diagnostics diagnostics;
    private final BreadcrumbTrails trails;

    public GraphModels(SiteConfig config, SiteGraph graph, PageModels models) {
        this(config, graph, models, Memos.NONE, new Diagnostics());
    }

    /** @param memos what a session keeps between builds; @param diagnostics where kept results replay theirs */
    public GraphModels(SiteConfig config, SiteGraph graph, PageModels models, Memos memos, Diagnostics diagnostics) {
        this.config = config;
        this.graph = graph;
        this.models = models;
        this.diagnostics = diagnostics;
        this.trails = new BreadcrumbTrails(config, graph);
        this.terms = memos.stage(TERMS, this::glossaryKey);
        this.views = memos.stage(VIEWS, graph::structureVersion);
    }

    /** Everything of the glossary that a page's terms depend on: each entry's address, term, definition and synonyms. */
    public List<TermView> glossaryKey() {
        return graph.glossary().entries().stream().map(this::term).toList();
    }

    /** A content page's {@code graph} value. */
    public GraphView view(PageBody body) {
        String url = body.page().source().url();
        return views.apply(body.page().source().contentPath(), new ViewInput(body, graph.relatedTo(url)), diagnostics,
                d -> computeView(body));
    }

    private GraphView computeView(PageBody body) {
        SourcePage page = body.page().source();
        String url = page.url();
        List<BacklinkView> backlinks = graph.backlinksTo(url).stream()
                .map(b -> BacklinkView.of(b.title(), config.href(b.url()), b.context(), page.title())).toList();
        List<PageLink> related = graph.relatedTo(url).stream().map(models::link).toList();
        SeriesView series = graph.seriesPlace(url).map(this::series).orElse(null);
        List<TermView> terms = this.terms.apply(page.contentPath(), body.text(), diagnostics,
                d -> graph.glossary().termsUsedIn(body.text(), url).stream().map(this::term).toList());
        List<TopicLink> topics = graph.topicsOf(url).stream().map(this::topic).toList();
        return new GraphView(toc(body.page().headings()), backlinks, related, series, terms, topics);
    }

    private static List<TocEntry> toc(List<Heading> headings) {
        List<TocEntry> entries = headings.stream().filter(h -> h.level() == 2)
                .map(h -> new TocEntry(h.text(), "#" + h.id())).toList();
        return entries.size() >= TOC_MIN_HEADINGS ? entries : List.of();
    }

    private SeriesView series(SeriesPlace place) {
        LearningPath path = place.path();
        return new SeriesView(path.title(), config.href(path.url()), place.part(), place.total(),
                place.previous().map(models::link).orElse(null), place.next().map(models::link).orElse(null));
    }

    private TermView term(GlossaryEntry entry) {
        return new TermView(entry.term(), entry.definition(), entry.synonyms(), config.href(entry.page().url()));
    }

    private TopicLink topic(TopicPage topic) {
        return new TopicLink(topic.name(), topic.description(), config.href(topic.url()), topic.pages().size());
    }

    /** The index pages the graph adds, in a fixed order: topics, learning paths and their list, glossary, A–Z. */
    public List<GeneratedPage> generatedPages() {
        List<GeneratedPage> pages = new ArrayList<>();
        pages.add(page(SiteGraph.TOPICS_URL, "topics", "Topics", "Every topic on this site and its articles.",
                PageModel.builder().topics(graph.topics().stream().map(this::topic).toList())));
        for (TopicPage topic : graph.topics()) {
            pages.add(page(topic.url(), "topic", topic.name(),
                    topic.description().isEmpty() ? "Articles about " + topic.name() + "." : topic.description(),
                    PageModel.builder().topic(topic(topic)).articles(topic.pages().stream().map(models::link).toList())));
        }
        if (!graph.paths().isEmpty()) {
            pages.add(page(SiteGraph.PATHS_URL, "paths", "Learning paths",
                    "Articles to read in order, each part building on the one before.",
                    PageModel.builder().paths(graph.paths().stream().map(path -> new PathView(path.title(),
                            config.href(path.url()), path.parts().stream().map(models::link).toList())).toList())));
        }
        for (LearningPath path : graph.paths()) {
            pages.add(page(path.url(), "path", path.title(),
                    "A learning path in " + path.parts().size() + (path.parts().size() == 1 ? " part." : " parts."),
                    PageModel.builder().path(new PathView(path.title(), config.href(path.url()),
                            path.parts().stream().map(models::link).toList()))));
        }
        pages.add(page(SiteGraph.GLOSSARY_URL, "glossary", "Glossary", "Plain-language meanings of the words used on this site.",
                PageModel.builder().entries(graph.glossary().entries().stream().map(this::term).toList())));
        pages.add(page(SiteGraph.A_TO_Z_URL, "a-z", "A to Z of all pages", "Every page on this site in alphabetical order.",
                PageModel.builder().letters(graph.aToZ().stream().map(this::letter).toList())));
        return List.copyOf(pages);
    }

    /** A redirect page at each alias, sorted by old address. */
    public List<GeneratedPage> redirectPages() {
        List<GeneratedPage> pages = new ArrayList<>();
        for (Redirect redirect : graph.redirects()) {
            SourcePage to = redirect.to();
            pages.add(page(redirect.from(), "redirect", to.title(), to.frontMatter().description(),
                    PageModel.builder().target(new RedirectView(to.title(), config.href(to.url()), config.absoluteUrl(to.url())))));
        }
        return List.copyOf(pages);
    }

    private LetterView letter(LetterGroup group) {
        boolean other = group.letter().equals("#");
        String id = other ? "letter-other" : "letter-" + group.letter().toLowerCase(java.util.Locale.ROOT);
        return new LetterView(other ? "Other" : group.letter(), id, group.pages().stream().map(models::link).toList());
    }

    private GeneratedPage page(String url, String template, String title, String description, PageModel.Builder values) {
        values.page(models.generated(title, description, url));
        boolean redirect = template.equals("redirect");
        if (!redirect) {
            values.breadcrumbs(trails.of(url, title));
        }
        // Old addresses stay out of the sitemap and the feed.
        return new GeneratedPage(url, template, values.build(), redirect);
    }
}
