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
    private final Map<String, List<Backlink>> backlinks;
    private final Map<String, List<SourcePage>> related;
    private final Map<String, SeriesPlace> places;
    private final Map<String, List<TopicPage>> topicsByPage;
    private final List<TopicPage> topics;
    private final List<LearningPath> paths;
    private final Glossary glossary;
    private final List<LetterGroup> aToZ;
    private final List<Redirect> redirects;

    SiteGraph(LinkTargets targets, Map<String, List<Backlink>> backlinks, Map<String, List<SourcePage>> related,
            Map<String, SeriesPlace> places, Map<String, List<TopicPage>> topicsByPage, List<TopicPage> topics,
            List<LearningPath> paths, Glossary glossary, List<LetterGroup> aToZ, List<Redirect> redirects) {
        this.targets = targets;
        this.backlinks = Map.copyOf(backlinks);
        this.related = Map.copyOf(related);
        this.places = Map.copyOf(places);
        this.topicsByPage = Map.copyOf(topicsByPage);
        this.topics = List.copyOf(topics);
        this.paths = List.copyOf(paths);
        this.glossary = glossary;
        this.aToZ = List.copyOf(aToZ);
        this.redirects = List.copyOf(redirects);
    }

    /** Site paths of the pages the graph adds: topic index and pages, learning paths, glossary and A–Z. */
    public static final String TOPICS_URL = TopicIndex.TOPICS_URL;
    public static final String GLOSSARY_URL = "/" + Glossary.FOLDER;
    public static final String A_TO_Z_URL = AtoZIndex.URL;

    public LinkTargets targets() {
        return targets;
    }

    /** Pages linking to {@code url}, each once, sorted by title; empty when none. */
    public List<Backlink> backlinksTo(String url) {
        return backlinks.getOrDefault(url, List.of());
    }

    /** Up to five related articles, best first; empty for the home page and glossary entries. */
    public List<SourcePage> relatedTo(String url) {
        return related.getOrDefault(url, List.of());
    }

    public Optional<SeriesPlace> seriesPlace(String url) {
        return Optional.ofNullable(places.get(url));
    }

    /** The topics of the page at {@code url}, in the order of its tags. */
    public List<TopicPage> topicsOf(String url) {
        return topicsByPage.getOrDefault(url, List.of());
    }

    /** All topics, sorted by name. */
    public List<TopicPage> topics() {
        return topics;
    }

    /** All learning paths, sorted by title. */
    public List<LearningPath> paths() {
        return paths;
    }

    public Glossary glossary() {
        return glossary;
    }

    public List<LetterGroup> aToZ() {
        return aToZ;
    }

    public List<Redirect> redirects() {
        return redirects;
    }

    /** Every address the graph generates a page at, aliases included. */
    public Set<String> generatedUrls() {
        Set<String> urls = new java.util.TreeSet<>(GraphBuilder.indexUrls(topics, paths));
        redirects.forEach(r -> urls.add(r.from()));
        return urls;
    }
}
