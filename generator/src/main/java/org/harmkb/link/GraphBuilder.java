package org.harmkb.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.Slugs;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.markdown.RenderedPage;

/**
 * The link stage: builds the {@link SiteGraph} from the rendered pages, after markdown and before HTML
 * processing, reporting broken links, series gaps, undeclared tags and orphans. (Addresses that collide
 * with one another are reported by {@link org.harmkb.output.OutputPlan}, which knows every file of the site.)
 */
public final class GraphBuilder {

    private GraphBuilder() {
    }

    /**
     * @param pages       the pages that rendered, in content-path order
     * @param targets     built from the same content, as used by the markdown stage
     * @param warnOrphans whether to warn about pages nothing links to: {@code check} does, as the editorial
     *                    review before publishing; {@code build} does not repeat it on every build
     */
    public static SiteGraph build(SiteConfig config, List<RenderedPage> pages, LinkTargets targets, boolean warnOrphans,
            Diagnostics diagnostics) {
        return build(config, pages, targets, warnOrphans, Reuse.NONE, diagnostics);
    }

    /**
     * As {@link #build(SiteConfig, List, LinkTargets, boolean, Diagnostics)}, reusing the work of earlier
     * builds through {@code reuse} ({@code serve} keeps it while what it read is unchanged).
     */
    public static SiteGraph build(SiteConfig config, List<RenderedPage> pages, LinkTargets targets, boolean warnOrphans,
            Reuse reuse, Diagnostics diagnostics) {
        List<SourcePage> sources = pages.stream().map(RenderedPage::source).toList();
        SiteGraph.Structure structure = reuse.structure().apply(structureKey(pages, targets, warnOrphans), diagnostics,
                sink -> structure(config, pages, sources, targets, warnOrphans, reuse.checks(), sink));
        List<SourcePage> articles = sources.stream().filter(p -> !p.isHome() && !Glossary.isEntry(p)).toList();
        Map<String, Map<String, String>> movedAnchors = new HashMap<>();
        pages.stream().filter(page -> !page.movedAnchors().isEmpty())
                .forEach(page -> movedAnchors.put(page.source().url(), page.movedAnchors()));
        return new SiteGraph(targets, structure, reuse.related().find(articles, structure.places()), movedAnchors);
    }

    private static SiteGraph.Structure structure(SiteConfig config, List<RenderedPage> pages, List<SourcePage> sources,
            LinkTargets targets, boolean warnOrphans, LinkCheckMemo checks, Diagnostics diagnostics) {
        Pages order = Pages.of(sources);
        List<TopicPage> topics = TopicIndex.build(config, sources, order, diagnostics);
        List<LearningPath> paths = LearningPaths.build(sources, diagnostics);
        Map<String, SeriesPlace> places = LearningPaths.places(paths);
        Glossary glossary = Glossary.build(sources, diagnostics);
        List<SectionPage> sections = Sections.build(config, sources, order, diagnostics);
        Sections.checkSupportPage(config, sources, diagnostics);
        Set<String> generated = indexUrls(topics, paths, sections);

        Map<String, List<CheckedLink>> links = new LinkChecker(config, targets, pages, generated).check(pages, checks, diagnostics);
        Map<String, List<Backlink>> backlinks = BacklinkIndex.of(order, links);
        if (warnOrphans) {
            OrphanCheck.warn(sources, backlinks.keySet(),
                    sections.stream().map(SectionPage::url).collect(java.util.stream.Collectors.toSet()), diagnostics);
        }
        List<Redirect> redirects = Redirects.build(sources);
        return new SiteGraph.Structure(backlinks, places, topicsByPage(sources, topics), topics, paths, glossary,
                AtoZIndex.of(order), redirects, sections);
    }

    /**
     * Everything {@link #structure} reads: each page's file, place, front matter (with the positions its
     * diagnostics report), headings and links, and every address a link may point to. Equal in two builds
     * when only the words of articles changed. Cheap to compare when pages are the earlier build's instances.
     */
    private static Object structureKey(List<RenderedPage> pages, LinkTargets targets, boolean warnOrphans) {
        record PageKey(String displayPath, String contentPath, String url, String slug, Object frontMatter, Object headings,
                Object links) {
        }
        List<PageKey> keys = new ArrayList<>(pages.size());
        for (RenderedPage page : pages) {
            SourcePage source = page.source();
            keys.add(new PageKey(source.displayPath(), source.contentPath(), source.url(), source.slug(),
                    source.frontMatter(), page.headings(), page.links()));
        }
        return List.of(targets.checkKey(), warnOrphans, keys);
    }

    /**
     * What a session keeps between builds: related articles, each page's checked links, and the graph's
     * structure. {@link #NONE} keeps nothing.
     */
    public record Reuse(RelatedFinder related, LinkCheckMemo checks, StructureMemo structure) {
        public static final Reuse NONE = new Reuse(RelatedArticles::find, LinkCheckMemo.NONE, StructureMemo.NONE);
    }

    /** Finds up to five related articles for each article, as {@link RelatedArticles#find} does. */
    @FunctionalInterface
    public interface RelatedFinder {
        Map<String, List<SourcePage>> find(List<SourcePage> articles, Map<String, SeriesPlace> places);
    }

    /**
     * Keeps the graph's structure between builds: may return the structure computed for an equal
     * {@code key} in an earlier build, reporting the diagnostics that computation reported.
     */
    public interface StructureMemo {
        StructureMemo NONE = new StructureMemo() {
            @Override
            public <T> T apply(Object key, Diagnostics diagnostics, Function<Diagnostics, T> compute) {
                return compute.apply(diagnostics);
            }
        };

        <T> T apply(Object key, Diagnostics diagnostics, Function<Diagnostics, T> compute);
    }

    /**
     * Keeps each page's checked links between the builds of a session. A page's check reads the page and
     * {@code siteKey} (every address, title, anchor and generated index a link may point to), which is the
     * same object for every call within one build; a result may be reused while both are equal.
     */
    @FunctionalInterface
    public interface LinkCheckMemo {
        LinkCheckMemo NONE = (page, siteKey, diagnostics, check) -> check.apply(diagnostics);

        List<CheckedLink> apply(RenderedPage page, Object siteKey, Diagnostics diagnostics,
                Function<Diagnostics, List<CheckedLink>> check);
    }

    /**
     * The addresses of the index pages the graph generates (not redirects): the topics, the learning paths
     * and their list, the glossary, the A–Z, and the page of each section without an {@code index.md}.
     */
    static Set<String> indexUrls(List<TopicPage> topics, List<LearningPath> paths, List<SectionPage> sections) {
        Set<String> urls = new LinkedHashSet<>();
        urls.add(TopicIndex.TOPICS_URL);
        topics.forEach(t -> urls.add(t.url()));
        if (!paths.isEmpty()) {
            urls.add(LearningPaths.PATHS_URL);
        }
        paths.forEach(p -> urls.add(p.url()));
        sections.stream().filter(s -> s.index().isEmpty()).forEach(s -> urls.add(s.url()));
        urls.add(SiteGraph.GLOSSARY_URL);
        urls.add(AtoZIndex.URL);
        return urls;
    }

    private static Map<String, List<TopicPage>> topicsByPage(List<SourcePage> pages, List<TopicPage> topics) {
        Map<String, TopicPage> bySlug = new HashMap<>();
        topics.forEach(t -> bySlug.put(t.slug(), t));
        Map<String, List<TopicPage>> out = new HashMap<>();
        Map<String, TopicPage> byTag = new HashMap<>();
        for (SourcePage page : pages) {
            List<TopicPage> own = new ArrayList<>();
            for (String tag : page.frontMatter().tags()) {
                TopicPage topic = byTag.computeIfAbsent(tag, t -> bySlug.get(Slugs.slugify(t)));
                if (topic != null && !own.contains(topic)) {
                    own.add(topic);
                }
            }
            if (!own.isEmpty()) {
                out.put(page.url(), List.copyOf(own));
            }
        }
        return out;
    }
}
