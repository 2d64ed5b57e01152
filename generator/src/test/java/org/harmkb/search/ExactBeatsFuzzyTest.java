package org.harmkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.harmkb.config.SearchSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A word that is in the index matches only itself: the one page with "BACP" is the only result, above pages
 * whose titles hold its edit-distance neighbour "back"; a word that is not in the index ("bakc") still finds
 * the neighbour. The client in Chromium and Lucene ({@link LuceneReference}) agree on pages and scores.
 */
class ExactBeatsFuzzyTest {

    static final Path CONTENT = Path.of("generator/src/test/resources/search-exact/content");

    @TempDir
    Path temp;

    @Test
    @SuppressWarnings("unchecked")
    void exactWordRanksAboveEveryEditDistanceNeighbourInTheClientAndInLucene() throws IOException {
        SearchSite site = SearchSite.build(CONTENT, temp.resolve("site"));
        List<String> queries = List.of("BACP", "bacp complaint", "bakc");
        try (SearchBrowser browser = new SearchBrowser(site.output(), 1280, 900)) {
            browser.open("/search/");
            Map<String, Object> out = (Map<String, Object>) browser.callModules(
                    "const index = new engine.SearchIndex('/search/'); await index.load(); const results = [];"
                            + "for (const q of args[0]) { const r = await index.search(q, 10);"
                            + "  results.push(r.hits.map(h => h.doc + ':' + h.score)); }"
                            + "return {shards: index.manifest.shards, results};", queries);
            List<List<Object>> client = (List<List<Object>>) out.get("results");
            List<String> hrefs = site.index().documents().stream().map(SearchDocument::href).toList();
            try (LuceneReference lucene = new LuceneReference(site.index(), SearchSettings.DEFAULT,
                    (List<String>) out.get("shards"))) {
                for (int i = 0; i < queries.size(); i++) {
                    List<String> expected = lucene.search(queries.get(i), 10).hits().stream()
                            .map(h -> h.doc() + ":" + (double) h.score()).toList();
                    List<String> got = client.get(i).stream().map(Object::toString)
                            .map(h -> h.substring(0, h.indexOf(':') + 1) + Double.parseDouble(h.substring(h.indexOf(':') + 1)))
                            .toList();
                    assertThat(got).as(queries.get(i)).isEqualTo(expected);
                }
            }
            assertThat(client.get(0)).as("BACP").extracting(h -> hrefs.get(doc(h))).containsExactly("/complaints/");
            assertThat(client.get(1)).as("bacp complaint").extracting(h -> hrefs.get(doc(h))).containsExactly("/complaints/");
            assertThat(client.get(2)).as("bakc, not in the index").extracting(h -> hrefs.get(doc(h)))
                    .contains("/going-back/", "/back-pain/").doesNotContain("/complaints/");
        }
    }

    private static int doc(Object hit) {
        String text = hit.toString();
        return Integer.parseInt(text.substring(0, text.indexOf(':')));
    }
}
