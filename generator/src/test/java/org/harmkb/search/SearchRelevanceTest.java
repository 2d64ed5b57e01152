package org.harmkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public relevance benchmark: the reader queries of {@code search-relevance/queries.txt}, written before
 * any tuning, run by the real client ({@code search-engine.js} in Chromium) over the site built from
 * {@code content/}, in the order the search page shows results (pages with all the words, then pages
 * with some). success@3: the share of queries with a satisfying page among the first three; MRR: the mean
 * of 1/rank of the first satisfying page in the first ten (0 when none).
 */
class SearchRelevanceTest {

    static final Path QUERIES = Path.of("generator/src/test/resources/search-relevance/queries.txt");
    static final double MIN_SUCCESS_AT_3 = 0.90;
    static final double MIN_MRR = 0.75;

    record Judged(String query, Set<String> hrefs) {
    }

    @TempDir
    Path temp;

    static List<Judged> judgements() throws IOException {
        List<Judged> out = new ArrayList<>();
        for (String line : Files.readAllLines(QUERIES)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int arrow = line.indexOf(" => ");
            assertThat(arrow).as("'query => page | page' in: " + line).isPositive();
            Set<String> hrefs = java.util.Arrays.stream(line.substring(arrow + 4).split("\\|"))
                    .map(String::strip).map(SearchRelevanceTest::hrefOf).collect(Collectors.toSet());
            out.add(new Judged(line.substring(0, arrow), hrefs));
        }
        return out;
    }

    /** The published link of content path {@code page} (without .md). */
    static String hrefOf(String page) {
        if (page.equals("index")) {
            return "/";
        }
        return "/" + (page.endsWith("/index") ? page.substring(0, page.length() - "index".length()) : page + "/");
    }

    @Test
    void readerQueriesFindTheirPagesInTheFirstThree() throws IOException {
        List<Judged> judged = judgements();
        assertThat(judged).as("queries").hasSizeGreaterThanOrEqualTo(60);
        SearchSite site = SearchSite.build(SearchSite.LIVE_CONTENT, temp.resolve("live"));
        List<String> hrefs = site.index().documents().stream().map(SearchDocument::href).toList();
        for (Judged j : judged) {
            assertThat(hrefs).as("targets of '" + j.query() + "' are published pages").containsAll(j.hrefs());
        }
        List<List<String>> ranked = rankedHrefs(site, judged, hrefs);

        int atThree = 0;
        double reciprocal = 0;
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < judged.size(); i++) {
            List<String> got = ranked.get(i);
            int rank = 0;
            for (int r = 0; r < got.size(); r++) {
                if (judged.get(i).hrefs().contains(got.get(r))) {
                    rank = r + 1;
                    break;
                }
            }
            atThree += rank >= 1 && rank <= 3 ? 1 : 0;
            reciprocal += rank == 0 ? 0 : 1.0 / rank;
            report.append(String.format(Locale.ROOT, "%-4s %s -> %s%n", rank == 0 ? "-" : rank, judged.get(i).query(),
                    got.stream().limit(3).toList()));
        }
        double success = (double) atThree / judged.size();
        double mrr = reciprocal / judged.size();
        report.append(String.format(Locale.ROOT, "queries %d success@3 %.3f (%d) MRR %.3f%n", judged.size(), success,
                atThree, mrr));
        Path out = Path.of("generator/target/search-relevance.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.print(report);
        assertThat(success).as("success@3, per query in " + out).isGreaterThanOrEqualTo(MIN_SUCCESS_AT_3);
        assertThat(mrr).as("MRR, per query in " + out).isGreaterThanOrEqualTo(MIN_MRR);
    }

    /** Per query, the links of the first ten results as the search page lists them. */
    @SuppressWarnings("unchecked")
    private static List<List<String>> rankedHrefs(SearchSite site, List<Judged> judged, List<String> hrefs)
            throws IOException {
        try (SearchBrowser browser = new SearchBrowser(site.output(), 1280, 900)) {
            browser.open("/search/");
            List<Object> out = (List<Object>) browser.callModules(
                    "const index = new engine.SearchIndex('/search/'); await index.load();"
                            + "const results = [];"
                            + "for (const q of args[0]) { const r = await index.search(q, 10);"
                            + "  results.push(r.hits.concat(r.some.hits).slice(0, 10).map(h => h.doc)); }"
                            + "return results;",
                    judged.stream().map(Judged::query).toList());
            assertThat(out).as("client answers: " + out).hasSize(judged.size());
            return out.stream().map(r -> ((List<Object>) r).stream()
                    .map(d -> hrefs.get(((Number) d).intValue())).toList()).toList();
        }
    }
}
