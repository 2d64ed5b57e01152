package org.harmkb.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.harmkb.phrases.PhraseBook;
import org.harmkb.template.GraphView.LetterView;
import org.harmkb.template.GraphView.PathView;
import org.harmkb.template.GraphView.RedirectView;
import org.harmkb.template.GraphView.TermView;
import org.harmkb.template.GraphView.TopicLink;

/**
 * Everything one page's template can read, one component per template variable. A null component is a
 * variable the page does not have: {@link #context()} leaves it out, so {@code {% if x is defined %}} is false
 * and strict variables report a template that reads it. A value: two pages rendered with equal models and the
 * same template are the same bytes, which is how {@code serve} keeps unchanged files.
 *
 * @param site          site-wide values; every page has them
 * @param page          the page itself; every page but a bare test page has it
 * @param meta          OpenGraph and JSON-LD values of a content page
 * @param review        a content page's review dates
 * @param breadcrumbs   the trail above the page; null on the home page and redirects
 * @param graph         backlinks, related articles, terms, topics of a content page
 * @param home          the home page's sections, paths and topics
 * @param section       a section page's lists
 * @param phrases       the phrase book of a "prepare what to say" page
 * @param prepareLink   the "prepare what to say" page of this page's section
 * @param prepareLinks  the home page's list of prepare pages (empty when the site has none)
 * @param sectionTitles the search page's section titles by href, as JSON
 * @param topics        the topics page's topics
 * @param topic         a topic page's topic
 * @param articles      a topic page's articles
 * @param paths         the learning-paths page's paths
 * @param path          a learning path page's path
 * @param entries       the glossary's entries
 * @param letters       the A–Z page's letter groups
 * @param target        where a redirect page sends readers
 */
public record PageModel(
        SiteView site,
        PageView page,
        MetaView meta,
        ReviewView review,
        Breadcrumbs breadcrumbs,
        GraphView graph,
        HomeView home,
        SectionView section,
        PhraseBook phrases,
        PageLink prepareLink,
        List<PhraseBookViews.SectionTool> prepareLinks,
        String sectionTitles,
        List<TopicLink> topics,
        TopicLink topic,
        List<PageLink> articles,
        List<PathView> paths,
        PathView path,
        List<TermView> entries,
        List<LetterView> letters,
        RedirectView target) {

    public static Builder builder() {
        return new Builder();
    }

    /** This model with {@code site} set: generated pages are made before the site view is. */
    public PageModel withSite(SiteView site) {
        return toBuilder().site(site).build();
    }

    public Builder toBuilder() {
        return new Builder().site(site).page(page).meta(meta).review(review).breadcrumbs(breadcrumbs).graph(graph)
                .home(home).section(section).phrases(phrases).prepareLink(prepareLink).prepareLinks(prepareLinks)
                .sectionTitles(sectionTitles).topics(topics).topic(topic).articles(articles).paths(paths).path(path)
                .entries(entries).letters(letters).target(target);
    }

    /**
     * The variables as Pebble reads them, named as the components, the null ones left out. Only the template
     * renderer calls this.
     */
    public Map<String, Object> context() {
        Map<String, Object> context = new LinkedHashMap<>();
        put(context, "site", site);
        put(context, "page", page);
        put(context, "meta", meta);
        put(context, "review", review);
        put(context, "breadcrumbs", breadcrumbs);
        put(context, "graph", graph);
        put(context, "home", home);
        put(context, "section", section);
        put(context, "phrases", phrases);
        put(context, "prepareLink", prepareLink);
        put(context, "prepareLinks", prepareLinks);
        put(context, "sectionTitles", sectionTitles);
        put(context, "topics", topics);
        put(context, "topic", topic);
        put(context, "articles", articles);
        put(context, "paths", paths);
        put(context, "path", path);
        put(context, "entries", entries);
        put(context, "letters", letters);
        put(context, "target", target);
        return context;
    }

    private static void put(Map<String, Object> context, String name, Object value) {
        if (value != null) {
            context.put(name, value);
        }
    }

    /** Sets components one by one; unset ones stay null (absent). Not thread-safe. */
    public static final class Builder {
        private SiteView site;
        private PageView page;
        private MetaView meta;
        private ReviewView review;
        private Breadcrumbs breadcrumbs;
        private GraphView graph;
        private HomeView home;
        private SectionView section;
        private PhraseBook phrases;
        private PageLink prepareLink;
        private List<PhraseBookViews.SectionTool> prepareLinks;
        private String sectionTitles;
        private List<TopicLink> topics;
        private TopicLink topic;
        private List<PageLink> articles;
        private List<PathView> paths;
        private PathView path;
        private List<TermView> entries;
        private List<LetterView> letters;
        private RedirectView target;

        private Builder() {
        }

        public Builder site(SiteView site) { this.site = site; return this; }
        public Builder page(PageView page) { this.page = page; return this; }
        public Builder meta(MetaView meta) { this.meta = meta; return this; }
        public Builder review(ReviewView review) { this.review = review; return this; }
        public Builder breadcrumbs(Breadcrumbs breadcrumbs) { this.breadcrumbs = breadcrumbs; return this; }
        public Builder graph(GraphView graph) { this.graph = graph; return this; }
        public Builder home(HomeView home) { this.home = home; return this; }
        public Builder section(SectionView section) { this.section = section; return this; }
        public Builder phrases(PhraseBook phrases) { this.phrases = phrases; return this; }
        public Builder prepareLink(PageLink prepareLink) { this.prepareLink = prepareLink; return this; }
        public Builder prepareLinks(List<PhraseBookViews.SectionTool> prepareLinks) { this.prepareLinks = prepareLinks; return this; }
        public Builder sectionTitles(String sectionTitles) { this.sectionTitles = sectionTitles; return this; }
        public Builder topics(List<TopicLink> topics) { this.topics = topics; return this; }
        public Builder topic(TopicLink topic) { this.topic = topic; return this; }
        public Builder articles(List<PageLink> articles) { this.articles = articles; return this; }
        public Builder paths(List<PathView> paths) { this.paths = paths; return this; }
        public Builder path(PathView path) { this.path = path; return this; }
        public Builder entries(List<TermView> entries) { this.entries = entries; return this; }
        public Builder letters(List<LetterView> letters) { this.letters = letters; return this; }
        public Builder target(RedirectView target) { this.target = target; return this; }

        public PageModel build() {
            return new PageModel(site, page, meta, review, breadcrumbs, graph, home, section, phrases, prepareLink,
                    prepareLinks, sectionTitles, topics, topic, articles, paths, path, entries, letters, target);
        }
    }
}
