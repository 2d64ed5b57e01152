package org.harmkb.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import org.apache.lucene.analysis.Analyzer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.link.LinkTargets;
import org.harmkb.link.RelatedArticles;
import org.harmkb.link.SeriesPlace;
import org.harmkb.link.SiteGraph;
import org.harmkb.link.TermCounts;
import org.harmkb.markdown.ConfigPlaceholders;
import org.harmkb.markdown.LinkReference;
import org.harmkb.markdown.RenderedPage;
import org.harmkb.memo.Latest;
import org.harmkb.memo.MemoStage;
import org.harmkb.search.SearchAnalysis;
import org.jsoup.Jsoup;

/**
 * The search index's analysed words ({@link TermCounts}), the rendered pages' links and the graph → the graph with
 * each article's related articles. An article's words are its text's plus its links' addresses as written, less
 * the titles that wikilinks without a label show: the words its markdown has, which is what related articles
 * compared before they read the index (and without which a word an article links to counts once, too seldom to
 * characterise it). Runs after the search index, from its analysis, since only the templates read related articles.
 * They depend on every article's words together, so they are reused only while the index's words, the set of
 * articles and the learning paths are unchanged; {@code serve} may leave a changed set for later and use the last
 * one meanwhile, read against the current pages.
 */
final class RelatedStage {

    /**
     * What finding related articles reads: the words (compared by identity), the articles, their path neighbours
     * and what each article's links add to its words.
     */
    record Input(TermCounts terms, List<String> articles, Map<String, List<String>> neighbours,
            Map<String, LinkText> linkTargets) {
    }

    /**
     * An article's links as its markdown has them and its text does not: each address as written (and each config
     * placeholder, e.g. {@code helpline:samaritans}), and what the text shows instead: the title a wikilink
     * without a label of its own shows, the text a placeholder stands for.
     */
    record LinkText(List<String> addresses, List<String> shown) {
    }

    private static final MemoStage<Void, Input, Map<String, List<SourcePage>>> RELATED = new MemoStage<>("related articles");
    /** The articles' path neighbours, kept while the graph's structure is the same instance. */
    private static final MemoStage<Void, SiteGraph.Structure, Map<String, List<String>>> NEIGHBOURS =
            new MemoStage<>("related neighbours");
    /**
     * An article's {@link LinkText}: it reads the page's links and body and the titles its wikilinks show, so it is
     * kept while the page and every link target (their titles) are unchanged. Kept instances also make comparing
     * two builds' {@link Input}s cheap.
     */
    private static final MemoStage<LinkTargets.RenderKey, RenderedPage, Optional<LinkText>> LINK_TEXTS = new MemoStage<>("related link text");

    private final BuildCache cache;
    private final SiteConfig config;

    RelatedStage(BuildCache cache, SiteConfig config) {
        this.cache = cache;
        this.config = config;
    }

    SiteGraph run(SiteGraph graph, List<RenderedPage> rendered, TermCounts terms, Diagnostics diagnostics) {
        Map<String, SeriesPlace> places = graph.structureVersion().places();
        Map<String, List<String>> neighbours = cache.stage(NEIGHBOURS, () -> null)
                .apply("neighbours", graph.structureVersion(), diagnostics, d -> neighbours(places));
        ConfigPlaceholders placeholders = new ConfigPlaceholders(config);
        Map<String, String> placeholderTexts = new ConcurrentHashMap<>();
        // Each page's link text, or none for a page that cannot be a related article.
        List<Optional<LinkText>> linkTexts = cache.each(LINK_TEXTS, graph.targets()::renderKey, rendered,
                page -> page.source().contentPath(), diagnostics,
                (page, sink) -> RelatedArticles.isCandidate(page.source())
                        ? Optional.of(linkText(page, graph, placeholders, placeholderTexts)) : Optional.empty());
        Articles.Pass pass = cache.state(Articles.class, Articles::new).of(terms, neighbours, rendered, linkTexts,
                cache::intern);
        List<SourcePage> articles = pass.articles();
        Input input = pass.input();
        Map<String, LinkText> articleLinks = input.linkTargets();
        Latest<Map<String, List<SourcePage>>> related = cache.latest(RELATED, input, diagnostics, sink -> {
            Map<String, Map<String, Integer>> added = new HashMap<>();
            LinkWords words = new LinkWords();
            articles.forEach(page -> added.put(config.href(page.url()), words.count(articleLinks.get(page.url()))));
            return RelatedArticles.find(articles, places, terms.plus(added), page -> config.href(page.url()));
        });
        return graph.withRelated(cache.state(CurrentRelated.class, CurrentRelated::new).of(related.value(), articles));
    }

    /**
     * The articles and the related-articles input of the last build. A save that changed only an article's words
     * leaves every link text and candidate the same instance: the input is then the last one, and only the changed
     * pages are swapped into the articles, without a pass over 10,000 pages.
     */
    static final class Articles {

        /**
         * @param articleAt for each rendered page, its index among {@code articles}, or -1
         */
        record Pass(List<RenderedPage> rendered, List<Optional<LinkText>> linkTexts, int[] articleAt,
                List<SourcePage> articles, Input input) {
        }

        private Pass last;

        /**
         * @param intern gives the last build's equal input, if any: compared in full once, then by identity wherever
         *               it is kept
         */
        synchronized Pass of(TermCounts terms, Map<String, List<String>> neighbours, List<RenderedPage> rendered,
                List<Optional<LinkText>> linkTexts, java.util.function.UnaryOperator<Input> intern) {
            Pass previous = last;
            Pass pass = previous != null && previous.input.terms() == terms && previous.input.neighbours() == neighbours
                    ? withCurrentPages(previous, rendered, linkTexts) : null;
            last = pass != null ? pass : fresh(terms, neighbours, rendered, linkTexts, intern);
            return last;
        }

        /** The previous pass with the pages that changed swapped in; null if a link text, candidate or address changed. */
        private static Pass withCurrentPages(Pass previous, List<RenderedPage> rendered, List<Optional<LinkText>> linkTexts) {
            int n = rendered.size();
            if (previous.rendered.size() != n || previous.linkTexts.size() != n) {
                return null;
            }
            List<SourcePage> articles = null;
            for (int i = 0; i < n; i++) {
                if (linkTexts.get(i) != previous.linkTexts.get(i)) {
                    return null;
                }
                RenderedPage page = rendered.get(i);
                int at = previous.articleAt[i];
                if (page != previous.rendered.get(i) && at >= 0) {
                    if (!page.source().url().equals(previous.articles.get(at).url())) {
                        return null;
                    }
                    articles = articles != null ? articles : new ArrayList<>(previous.articles);
                    articles.set(at, page.source());
                }
            }
            return new Pass(List.copyOf(rendered), linkTexts, previous.articleAt,
                    articles == null ? previous.articles : List.copyOf(articles), previous.input);
        }

        private static Pass fresh(TermCounts terms, Map<String, List<String>> neighbours, List<RenderedPage> rendered,
                List<Optional<LinkText>> linkTexts, java.util.function.UnaryOperator<Input> intern) {
            int[] articleAt = new int[rendered.size()];
            List<SourcePage> articles = new ArrayList<>(rendered.size());
            Map<String, LinkText> articleLinks = new HashMap<>(2 * rendered.size());
            for (int i = 0; i < rendered.size(); i++) {
                Optional<LinkText> text = linkTexts.get(i);
                articleAt[i] = text.isPresent() ? articles.size() : -1;
                if (text.isPresent()) {
                    SourcePage source = rendered.get(i).source();
                    articles.add(source);
                    articleLinks.put(source.url(), text.get());
                }
            }
            Input input = intern.apply(new Input(terms, articles.stream().map(SourcePage::url).toList(), neighbours,
                    Map.copyOf(articleLinks)));
            return new Pass(List.copyOf(rendered), linkTexts, articleAt, List.copyOf(articles), input);
        }
    }

    /** Each article's neighbours on its learning path: the previous and next page, by address. */
    private static Map<String, List<String>> neighbours(Map<String, SeriesPlace> places) {
        Map<String, List<String>> neighbours = new HashMap<>();
        places.forEach((url, place) -> neighbours.put(url, java.util.stream.Stream.of(place.previous(), place.next())
                .flatMap(java.util.Optional::stream).map(SourcePage::url).toList()));
        return Map.copyOf(neighbours);
    }

    /** What an article's markdown has of its links and its text does not (see {@link LinkText}). */
    private static LinkText linkText(RenderedPage page, SiteGraph graph, ConfigPlaceholders placeholders,
            Map<String, String> placeholderTexts) {
        List<String> addresses = new java.util.ArrayList<>();
        List<String> titles = new java.util.ArrayList<>();
        for (LinkReference link : page.links()) {
            addresses.add(link.target());
            if (link.kind() == LinkReference.Kind.WIKI && link.label() == null) {
                graph.targets().resolve(page.source(), link.target()).ifPresent(target -> titles.add(target.title()));
            }
        }
        for (String written : page.placeholders()) {
            Matcher placeholder = ConfigPlaceholders.WRITTEN.matcher(written);
            if (placeholder.matches()) {
                addresses.add(placeholder.group(1) + ":" + placeholder.group(2));
                titles.add(placeholderTexts.computeIfAbsent(written, text -> {
                    ConfigPlaceholders.Value value = placeholders.resolve(placeholder.group(1), placeholder.group(2));
                    return value.ok() ? Jsoup.parse(value.html()).text() : "";
                }));
            }
        }
        return new LinkText(List.copyOf(addresses), List.copyOf(titles));
    }

    /**
     * The words of the addresses an article links to, with the search index's English analysis, each link counted
     * once per use: what the article's markdown repeated besides its text (e.g. {@code [[power-in-therapy]]} or
     * {@code [therapy records](../rights/getting-your-therapy-records.md)}), and what made a rare word that the
     * article links to count twice and so characterise it. Analyses each distinct address once.
     */
    static final class LinkWords {
        private final Analyzer english = SearchAnalysis.english();
        private final Map<String, List<String>> analysed = new HashMap<>();

        Map<String, Integer> count(LinkText links) {
            Map<String, Integer> counts = new HashMap<>();
            for (String address : links.addresses()) {
                for (String word : analysed.computeIfAbsent(address, text -> SearchAnalysis.terms(english, text))) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
            for (String title : links.shown()) {
                for (String word : analysed.computeIfAbsent(title, text -> SearchAnalysis.terms(english, text))) {
                    counts.merge(word, -1, Integer::sum);
                }
            }
            counts.values().removeIf(count -> count == 0);
            return counts;
        }
    }
}
