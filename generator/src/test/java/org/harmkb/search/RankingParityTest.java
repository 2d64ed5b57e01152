package org.harmkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.harmkb.config.SearchSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * For the queries below, over the article corpus and (when present) the live content/, the client's top
 * 10 in Chromium — pages, order and float scores — and its match count equal those of Lucene's
 * IndexSearcher running {@link LuceneReference}'s queries with the same similarity and boosts.
 */
class RankingParityTest {

    /** Single words, several words, lay phrases covered by synonyms, typos, prefixes, phrases, junk. */
    static final List<String> QUERIES = List.of(
            // single words
            "therapy", "therapist", "trauma", "consent", "power", "harm", "complaint", "body", "memories",
            "trust", "identity", "joy", "pacing", "fault", "expert", "oppression", "neurodivergent", "queer",
            "ending", "support", "helpline", "history", "privacy", "boundaries", "racism", "grief",
            // several words
            "trust in therapy", "ending therapy", "find a new therapist", "questions to ask a therapist",
            "my therapist blamed me", "not getting better", "talk about racism", "staying safe online",
            "too fast", "painful memories", "body work without consent", "what therapy cannot fix",
            "power in the therapy relationship", "it is not your fault", "safe online private browsing",
            // lay phrases covered by synonyms
            "reliving trauma", "made to relive", "treated as a disorder", "harm caused by therapy",
            "body-focused", "one-size-fits-all", "self-trust", "standing up for yourself", "zoning out",
            "fell out with my therapist", "report my therapist", "trusting yourself", "complain about my counsellor",
            "marginalised identities", "person centred", "overwhelmed in sessions",
            // typos and typing
            "theraphy", "consnet", "traumatic", "complaitn", "thera", "consen", "pathol", "retraum", "somatik",
            "neurodivergant",
            // quoted phrases, partial matches, junk
            "\"power in therapy\"", "\"informed consent\"", "\"window of tolerance\" pacing", "\"fault of the person\"",
            "\"pushed to the edges\"", "trauma xylophone", "fell out with my therapist about trauma",
            "how do i complain about my counsellor", "is it normal to feel worse after counselling",
            "sdafadsf", "qq", "the and of", "<img src=x onerror=alert(1)>");

    @TempDir
    Path temp;

    @Test
    void clientTopTenEqualsLuceneOnTheArticleCorpus() throws IOException {
        assertThat(QUERIES).hasSizeGreaterThanOrEqualTo(50);
        assertParity(SearchSite.build(SearchSite.CORPUS, temp.resolve("corpus")));
    }

    @Test
    void clientTopTenEqualsLuceneOnTheLiveContent() throws IOException {
        if (!SearchSite.liveContentPresent()) {
            System.out.println("SKIPPED: content/ has no articles yet; the corpus test covers a snapshot of them");
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "content/ has no articles yet");
        }
        assertParity(SearchSite.build(SearchSite.LIVE_CONTENT, temp.resolve("live")));
    }

    @SuppressWarnings("unchecked")
    private void assertParity(SearchSite site) throws IOException {
        try (SearchBrowser browser = new SearchBrowser(site.output(), 1280, 900)) {
            browser.open("/search/");
            Map<String, Object> out = (Map<String, Object>) browser.callModules(
                    "const index = new engine.SearchIndex('/search/'); await index.load();"
                            + "const results = [];"
                            + "for (const q of args[0]) { const r = await index.search(q, 10);"
                            + "  results.push({total: r.total, someTotal: r.some.total,"
                            + "    hits: r.hits.map(h => h.doc + ':' + h.score),"
                            + "    some: r.some.hits.map(h => h.doc + ':' + h.score)}); }"
                            + "return {shards: index.manifest.shards, results};",
                    QUERIES);
            List<String> shards = (List<String>) out.get("shards");
            List<Map<String, Object>> results = (List<Map<String, Object>>) out.get("results");
            int nonEmpty = 0;
            List<String> differences = new ArrayList<>();
            try (LuceneReference lucene = new LuceneReference(site.index(), SearchSettings.DEFAULT, shards)) {
                for (int doc = 0; doc < site.index().documents().size(); doc++) {
                    assertThat(lucene.href(doc)).isEqualTo(site.index().documents().get(doc).href());
                }
                for (int i = 0; i < QUERIES.size(); i++) {
                    LuceneReference.Result expected = lucene.search(QUERIES.get(i), 10);
                    String want = format(expected.hits()) + " total " + expected.total() + " some "
                            + format(expected.someHits()) + " total " + expected.someTotal();
                    String got = clientHits(results.get(i).get("hits")) + " total " + results.get(i).get("total")
                            + " some " + clientHits(results.get(i).get("some")) + " total "
                            + results.get(i).get("someTotal");
                    if (!want.equals(got)) {
                        differences.add(QUERIES.get(i) + "\n  lucene: " + want + "\n  client: " + got);
                    }
                    nonEmpty += expected.hits().isEmpty() && expected.someHits().isEmpty() ? 0 : 1;
                }
            }
            assertThat(differences).isEmpty();
            assertThat(nonEmpty).as("queries with results").isGreaterThanOrEqualTo(50);
        }
    }

    private static List<String> format(List<LuceneReference.Hit> hits) {
        return hits.stream().map(h -> h.doc() + ":" + (double) h.score()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> clientHits(Object hits) {
        return ((List<Object>) hits).stream().map(h -> normaliseNumber(h.toString())).toList();
    }

    /** JavaScript prints whole numbers without ".0"; Java's double does. */
    private static String normaliseNumber(String hit) {
        int colon = hit.indexOf(':');
        return hit.substring(0, colon + 1) + Double.parseDouble(hit.substring(colon + 1));
    }
}
