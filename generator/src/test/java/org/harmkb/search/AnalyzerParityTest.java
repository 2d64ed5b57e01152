package org.harmkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.harmkb.html.PageBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client analyses text exactly as Lucene indexed it: for every word of the built sites' vocabulary
 * (the test corpus and, when present, the live content/), every word of Debian's wamerican list, whole
 * page texts (positions across stop words) and hard cases, {@code search-analyzer.js} in Chromium
 * yields the same terms at the same positions as {@link SearchAnalysis#english()}; and queries map to
 * the same synonym groups as Lucene's SynonymGraphFilter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyzerParityTest {

    static final Path WORDS = Path.of("/usr/share/dict/words");
    static final int BATCH = 4000;

    @TempDir
    static Path temp;

    SearchSite corpus;
    SearchSite live;
    SearchBrowser browser;

    @BeforeAll
    void buildAndStart() throws IOException {
        corpus = SearchSite.build(SearchSite.CORPUS, temp.resolve("corpus"));
        live = SearchSite.liveContentPresent() ? SearchSite.build(SearchSite.LIVE_CONTENT, temp.resolve("live")) : null;
        browser = new SearchBrowser(corpus.output(), 1280, 900);
        browser.open("/search/");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void siteVocabularyAndPageTextsAnalyseAsLuceneDoes() {
        Set<String> inputs = new LinkedHashSet<>();
        for (SearchSite site : live == null ? List.of(corpus) : List.of(corpus, live)) {
            for (PageBody body : site.bodies()) {
                String title = body.page().source().title();
                String description = body.page().source().frontMatter().description();
                for (String text : List.of(body.text(), title, description)) {
                    inputs.add(text);
                    inputs.addAll(List.of(text.split("\\s+")));
                }
                body.page().headings().forEach(h -> inputs.add(h.text()));
            }
        }
        assertThat(inputs).hasSizeGreaterThan(2000);
        assertParity(new ArrayList<>(inputs));
    }

    @Test
    void englishWordListAnalysesAsLuceneDoes() throws IOException {
        if (!Files.exists(WORDS)) {
            String reason = WORDS + " is missing: apt-get install wamerican";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(reason);
            }
            System.out.println("SKIPPED: " + reason);
            org.junit.jupiter.api.Assumptions.assumeTrue(false, reason);
        }
        List<String> words = Files.readAllLines(WORDS, StandardCharsets.UTF_8);
        assertThat(words).hasSizeGreaterThan(50_000);
        assertParity(words);
    }

    @Test
    void hardCasesAnalyseAsLuceneDoes() {
        assertParity(List.of(
                "The therapist's notes", "O'Neil's", "can’t won’t", "don't", "rock 'n' roll", "'quoted'",
                "U.S.A. and e.g. i.e.", "3.14 1,000,000 2024-01-01 10:30 v1.2.3", "e-mail re-traumatised",
                "naïve café résumé Ærøskøbing", "ΑΣ ΟΔΥΣΣΕΥΣ", "İstanbul ISTANBUL", "straße STRASSE",
                "foo_bar _x_ __init__", "a.b.c a..b a.1 1.a", "x' 'x", "C++ C# .NET", "hello—world…again",
                "日本語のテキスト カタカナ ﾃｽﾄ", "한국어 텍스트", "ภาษาไทย ok", "👍🏽 test ❤️ 🇬🇧", "can’t’s",
                "a\u00ADb soft\u200Bhyphen zero\u200Dwidth", "x".repeat(300), "Retraumatisation, pathologising!",
                "THE AND OF — stop words only", "relational relation relate rational"));
    }

    @Test
    void queriesMapToTheSameSynonymGroupsAsLucene() {
        Analyzer querying = SearchAnalysis.querying(corpus.index().synonyms());
        List<String> inputs = new ArrayList<>();
        for (var group : org.harmkb.config.SearchSettings.DEFAULT.synonyms()) {
            for (String phrase : group.phrases()) {
                inputs.add(phrase);
                inputs.add("I was " + phrase + " again");
                inputs.add(phrase.toUpperCase() + " and more");
            }
        }
        inputs.addAll(List.of("made to relive the trauma", "made relive", "my therapist was harmed by therapy",
                "body focused work", "reliving", "trauma reliving trauma"));
        List<String> expected = inputs.stream()
                .map(text -> String.join(" ", SearchAnalysis.terms(querying, text)))
                .toList();
        Object actual = browser.callModules("const index = new engine.SearchIndex('/search/'); await index.load();"
                + "return args[0].map(t => engine.parseQuery(t + ' ', index.synonyms).map(c => c.term).join(' '));",
                inputs);
        assertThat(actual).isEqualTo(expected);
    }

    private void assertParity(List<String> inputs) {
        Analyzer english = SearchAnalysis.english();
        List<String> mismatches = new ArrayList<>();
        for (int start = 0; start < inputs.size(); start += BATCH) {
            List<String> batch = inputs.subList(start, Math.min(inputs.size(), start + BATCH));
            @SuppressWarnings("unchecked")
            List<String> js = (List<String>) browser.callModules(
                    "return args[0].map(t => analyzer.analyze(t).map(x => x.term + '@' + x.position).join(' '));",
                    batch);
            for (int i = 0; i < batch.size(); i++) {
                String lucene = SearchAnalysis.tokens(english, batch.get(i)).stream()
                        .map(t -> t.term() + "@" + t.position()).collect(Collectors.joining(" "));
                if (!lucene.equals(js.get(i))) {
                    mismatches.add(abbreviate(batch.get(i)) + "\n    lucene: " + abbreviate(lucene)
                            + "\n    client: " + abbreviate(js.get(i)));
                }
            }
        }
        assertThat(mismatches).as("inputs analysed differently (%d of %d)", mismatches.size(), inputs.size()).isEmpty();
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
