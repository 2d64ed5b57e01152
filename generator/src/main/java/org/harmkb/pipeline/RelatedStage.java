package org.harmkb.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.link.RelatedArticles;
import org.harmkb.link.SeriesPlace;
import org.harmkb.link.SiteGraph;
import org.harmkb.link.TermCounts;
import org.harmkb.memo.Latest;
import org.harmkb.memo.MemoStage;

/**
 * The search index's analysed words ({@link TermCounts}) and the graph → the graph with each article's related
 * articles. Runs after the search index, from its analysis, since only the templates read related articles.
 * They depend on every article's words together, so they are reused only while the index's words, the set of
 * articles and the learning paths are unchanged; {@code serve} may leave a changed set for later and use the last
 * one meanwhile, read against the current pages.
 */
final class RelatedStage {

    /** What finding related articles reads: the words (compared by identity), the articles and their path neighbours. */
    record Input(TermCounts terms, List<String> articles, Map<String, List<String>> neighbours) {
    }

    private static final MemoStage<Void, Input, Map<String, List<SourcePage>>> RELATED = new MemoStage<>("related articles");

    private final BuildCache cache;
    private final SiteConfig config;

    RelatedStage(BuildCache cache, SiteConfig config) {
        this.cache = cache;
        this.config = config;
    }

    SiteGraph run(SiteGraph graph, List<SourcePage> pages, TermCounts terms, Diagnostics diagnostics) {
        List<SourcePage> articles = RelatedArticles.candidates(pages);
        Map<String, SeriesPlace> places = graph.structureVersion().places();
        Map<String, List<String>> neighbours = new HashMap<>();
        places.forEach((url, place) -> neighbours.put(url, java.util.stream.Stream.of(place.previous(), place.next())
                .flatMap(java.util.Optional::stream).map(SourcePage::url).toList()));
        Input input = new Input(terms, articles.stream().map(SourcePage::url).toList(), neighbours);
        Latest<Map<String, List<SourcePage>>> related = cache.latest(RELATED, input, diagnostics,
                sink -> RelatedArticles.find(articles, places, terms, page -> config.href(page.url())));
        return graph.withRelated(byCurrentPages(related.value(), articles));
    }

    /** Related articles, possibly found for earlier pages, read against the current ones by address. */
    private static Map<String, List<SourcePage>> byCurrentPages(Map<String, List<SourcePage>> related, List<SourcePage> articles) {
        Map<String, SourcePage> byUrl = new HashMap<>();
        articles.forEach(page -> byUrl.put(page.url(), page));
        Map<String, List<SourcePage>> current = new HashMap<>();
        related.forEach((url, list) -> {
            if (byUrl.containsKey(url)) {
                current.put(url, list.stream().map(page -> byUrl.get(page.url())).filter(Objects::nonNull).toList());
            }
        });
        return current;
    }
}
