package org.harmkb.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.Slugs;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.markdown.RenderedPage;
import org.harmkb.memo.MemoStage;
import org.harmkb.memo.Memos;

/**
 * The link stage: builds the {@link SiteGraph} from the rendered pages, after markdown and before HTML
 * processing, reporting broken links, series gaps, undeclared tags and orphans. (Addresses that collide
 * with one another are reported by {@link org.harmkb.output.OutputPlan}, which knows every file of the site.)
 */
public final class GraphBuilder {

    private GraphBuilder() {
    }

    /** The graph's structure, kept while no page's place, front matter, headings or links changed. */
    static final MemoStage<Void, StructureKey, SiteGraph.Structure> STRUCTURE = new MemoStage<>("graph structure");
    /** Each page's part of the {@link StructureKey}: the last build's instance while the page is (or reads) the same. */
    static final MemoStage<Void, RenderedPage, PageKey> PAGE_KEYS = new MemoStage<>("graph page keys");

    /** As {@link #build(SiteConfig, List, LinkTargets, boolean, Memos, Diagnostics)}, keeping nothing. */
    public static SiteGraph build(SiteConfig config, List<RenderedPage> pages, LinkTargets targets, boolean warnOrphans,
            Diagnostics diagnostics) {
        return build(config, pages, targets, warnOrphans, Memos.NONE, diagnostics);
    }

    /**
     * @param pages       the pages that rendered, in content-path order
     * @param targets     built from the same content, as used by the markdown stage
     * @param warnOrphans whether to warn about pages nothing links to: {@code check} does, as the editorial
     *                    review before publishing; {@code build} does not repeat it on every build
     * @param memos       what a session keeps between builds ({@link Memos#NONE} keeps nothing)
     */
    public static SiteGraph build(SiteConfig config, List<RenderedPage> pages, LinkTargets targets, boolean warnOrphans,
            Memos memos, Diagnostics diagnostics) {
        List<SourcePage> sources = pages.stream().map(RenderedPage::source).toList();
        SiteGraph.Structure structure = memos.stage(STRUCTURE, () -> null).apply("site",
                structureKey(pages, targets, warnOrphans, memos, diagnostics), diagnostics,
                sink -> structure(config, pages, sources, targets, warnOrphans, memos, sink));
        Map<String, Map<String, String>> movedAnchors = new HashMap<>();
        pages.stream().filter(page -> !page.movedAnchors().isEmpty())
                .forEach(page -> movedAnchors.put(page.source().url(), page.movedAnchors()));
        return new SiteGraph(targets, structure, Map.of(), movedAnchors);
    }

    private static SiteGraph.Structure structure(SiteConfig config, List<RenderedPage> pages, List<SourcePage> sources,
            LinkTargets targets, boolean warnOrphans, Memos memos, Diagnostics diagnostics) {
        Pages order = Pages.of(sources);
        List<TopicPage> topics = TopicIndex.build(config, sources, order, diagnostics);
        List<LearningPath> paths = LearningPaths.build(sources, diagnostics);
        Map<String, SeriesPlace> places = LearningPaths.places(paths);
        Glossary glossary = Glossary.build(sources, diagnostics);
        List<SectionPage> sections = Sections.build(config, sources, order, diagnostics);
        Sections.checkSupportPage(config, sources, diagnostics);
        Set<String> generated = indexUrls(topics, paths, sections);

        Map<String, List<CheckedLink>> links = new LinkChecker(config, targets, pages, generated).check(pages, memos, diagnostics);
        Map<String, List<Backlink>> backlinks = BacklinkIndex.of(order, links);
        if (warnOrphans) {
            OrphanCheck.warn(sources, backlinks.keySet(),
                    sections.stream().map(SectionPage::url).collect(java.util.stream.Collectors.toSet()), diagnostics);
        }
        List<Redirect> redirects = Redirects.build(sources);
        return new SiteGraph.Structure(backlinks, places, topicsByPage(sources, topics), topics, paths, glossary,
                AtoZIndex.of(order), redirects, sections);
    }

    /** What {@link #structure} reads of one page: its file, place, front matter, headings and links. */
    record PageKey(String displayPath, String contentPath, String url, String slug, org.harmkb.content.FrontMatter frontMatter,
            List<org.harmkb.markdown.Heading> headings, List<org.harmkb.markdown.LinkReference> links) {
    }

    /**
     * Everything {@link #structure} reads: each page's {@link PageKey} and every address a link may point
     * to. Equal in two builds when only the words of articles changed. Cheap to compare when pages are the
     * earlier build's instances.
     */
    record StructureKey(LinkTargets.CheckKey targets, boolean warnOrphans, List<PageKey> pages) {
    }

    private static StructureKey structureKey(List<RenderedPage> pages, LinkTargets targets, boolean warnOrphans,
            Memos memos, Diagnostics diagnostics) {
        List<PageKey> keys = memos.each(PAGE_KEYS, () -> null, pages, page -> page.source().contentPath(), diagnostics,
                (page, sink) -> {
                    SourcePage source = page.source();
                    return new PageKey(source.displayPath(), source.contentPath(), source.url(), source.slug(),
                            source.frontMatter(), page.headings(), page.links());
                });
        return new StructureKey(targets.checkKey(), warnOrphans, List.copyOf(keys));
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
