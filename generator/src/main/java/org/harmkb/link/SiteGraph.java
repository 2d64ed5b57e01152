package org.harmkb.link;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.harmkb.content.SourcePage;

/**
 * The site graph: what links where and everything readers see from it — backlinks, related articles,
 * topics, learning paths, the glossary, the A–Z index and redirects. Built once per build by
 * {@link GraphBuilder}; immutable, so pages can read it in parallel. Lookups by page take the page's URL.
 */
public final class SiteGraph {

    private final LinkTargets targets;
    private final Structure structure;
    private final Map<String, List<SourcePage>> related;
    private final Map<String, Map<String, String>> movedAnchors;

    /**
     * Everything of the graph but the targets and related articles: it reads the pages only for their
     * place, front matter, headings and links, so a build whose pages are equal in those (an edit to the
     * words of an article) may reuse it. The pages it holds are then an earlier build's instances, equal in
     * everything it reads; it never reads their bodies.
     */
    public record Structure(Map<String, List<Backlink>> backlinks, Map<String, SeriesPlace> places,
            Map<String, List<TopicPage>> topicsByPage, List<TopicPage> topics, List<LearningPath> paths,
            Glossary glossary, List<LetterGroup> aToZ, List<Redirect> redirects, List<SectionPage> sections) {

        public Structure {
            backlinks = Map.copyOf(backlinks);
            places = Map.copyOf(places);
            topicsByPage = Map.copyOf(topicsByPage);
            topics = List.copyOf(topics);
            paths = List.copyOf(paths);
            aToZ = List.copyOf(aToZ);
            redirects = List.copyOf(redirects);
            sections = List.copyOf(sections);
        }

        // Compared by identity: a build cache keys work on the very instance it reused.
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    SiteGraph(LinkTargets targets, Structure structure, Map<String, List<SourcePage>> related,
            Map<String, Map<String, String>> movedAnchors) {
        this.targets = targets;
        this.structure = structure;
        this.related = related;
        this.movedAnchors = Map.copyOf(movedAnchors);
    }

    /**
     * This graph with {@code related} as the related articles (by page URL), which are found after the search
     * index from its analysis ({@link RelatedArticles}); a graph from {@link GraphBuilder} has none yet. The map must be
     * immutable: it is kept as given, not copied (10,000 lists on every serve rebuild).
     */
    public SiteGraph withRelated(Map<String, List<SourcePage>> related) {
        return new SiteGraph(targets, structure, related, movedAnchors);
    }

    /**
     * A value that is the same instance in two builds exactly when their backlinks, topics, learning paths,
     * glossary, A–Z index and redirects are the very same: what a page's view of the graph may be keyed on,
     * besides its related articles.
     */
    public Structure structureVersion() {
        return structure;
    }

    /** Site paths of the pages the graph adds: topic index and pages, learning paths, glossary and A–Z. */
    public static final String TOPICS_URL = TopicIndex.TOPICS_URL;
    public static final String GLOSSARY_URL = "/" + Glossary.FOLDER;
    public static final String A_TO_Z_URL = AtoZIndex.URL;
    public static final String PATHS_URL = LearningPaths.PATHS_URL;

    public LinkTargets targets() {
        return targets;
    }

    /**
     * The headings of the page at {@code url} whose ids the theme's templates use: the id written for each
     * ({@code support}) → the id it has instead ({@code support-1}). Empty for most pages.
     */
    public Map<String, String> movedAnchors(String url) {
        return movedAnchors.getOrDefault(url, Map.of());
    }

    /** Pages linking to {@code url}, each once, sorted by title; empty when none. */
    public List<Backlink> backlinksTo(String url) {
        return structure.backlinks().getOrDefault(url, List.of());
    }

    /** Up to five related articles, best first; empty for the home page and glossary entries. */
    public List<SourcePage> relatedTo(String url) {
        return related.getOrDefault(url, List.of());
    }

    public Optional<SeriesPlace> seriesPlace(String url) {
        return Optional.ofNullable(structure.places().get(url));
    }

    /** The topics of the page at {@code url}, in the order of its tags. */
    public List<TopicPage> topicsOf(String url) {
        return structure.topicsByPage().getOrDefault(url, List.of());
    }

    /** All topics, sorted by name. */
    public List<TopicPage> topics() {
        return structure.topics();
    }

    /** All learning paths, sorted by title. */
    public List<LearningPath> paths() {
        return structure.paths();
    }

    public Glossary glossary() {
        return structure.glossary();
    }

    public List<LetterGroup> aToZ() {
        return structure.aToZ();
    }

    public List<Redirect> redirects() {
        return structure.redirects();
    }

    /** The site's sections: the config's {@code sections:} order first, then the others by address. */
    public List<SectionPage> sections() {
        return structure.sections();
    }

    /** Every address the graph generates a page at, aliases included. */
    public Set<String> generatedUrls() {
        Set<String> urls = new java.util.TreeSet<>(GraphBuilder.indexUrls(structure.topics(), structure.paths(),
                structure.sections()));
        structure.redirects().forEach(r -> urls.add(r.from()));
        return urls;
    }
}
