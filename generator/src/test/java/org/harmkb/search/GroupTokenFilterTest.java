package org.harmkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.harmkb.config.SearchSettings;
import org.harmkb.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;

/**
 * {@link GroupTokenFilter} inserts the same group tokens at the same places as Lucene's
 * {@code SynonymGraphFilter} (originals kept) followed by {@code FlattenGraphFilter}, while every word
 * keeps the position the English chain gave it: checked on random word soup built to hit overlapping,
 * nested and stop-word-split phrases, and on every page of the repository. Field lengths, and so BM25
 * scores, are the library pair's; quoted phrases across stop words now match.
 */
class GroupTokenFilterTest {

    /** Groups whose phrases share prefixes, nest, repeat words and hold stop words, beside the site's own. */
    private static final List<SearchSettings.SynonymGroup> TRICKY = List.of(
            group("bee cat", "dog"),
            group("bee cat eel", "fox"),
            group("cat eel gnu hen", "cat"),
            group("eel of the gnu", "the eel's gnu"),
            group("hen hen", "ibis"));

    private static final List<String> WORDS = List.of("bee", "cat", "eel", "gnu", "hen", "ibis", "dog", "fox",
            "eel's", "the", "of", "a", "and", "Bee", "CAT", "reliving", "trauma", "relive", "made", "to",
            "treated", "as", "disorder", "therapist", "body", "based", "body-based", "by", "book", "zzz", "42");

    private static SearchSettings.SynonymGroup group(String... phrases) {
        return new SearchSettings.SynonymGroup(List.of(phrases), null, 0, 0);
    }

    private static SynonymTable table(List<SearchSettings.SynonymGroup> groups) {
        return SynonymTable.analyse(groups, new Diagnostics());
    }

    /** The chain before this filter: the English filters, then Lucene's synonym graph, flattened. */
    private static Analyzer library(SynonymTable synonyms) {
        SynonymMap map = synonyms.map(true);
        return SearchAnalysis.englishThen(stream -> new FlattenGraphFilter(new SynonymGraphFilter(stream, map, false)));
    }

    /** A whole stream: its tokens, and the increment {@code end()} leaves. */
    private record Stream(List<SearchAnalysis.Token> tokens, int endIncrement) {

        static Stream of(Analyzer analyzer, String text) {
            List<SearchAnalysis.Token> tokens = new ArrayList<>();
            int endIncrement = SearchAnalysis.analyse(analyzer, text, tokens);
            return new Stream(tokens, endIncrement);
        }

        List<String> terms() {
            return tokens.stream().map(SearchAnalysis.Token::term).toList();
        }

        /** The stream without group tokens. */
        Stream words() {
            return new Stream(tokens.stream().filter(t -> !t.term().startsWith("#")).toList(), endIncrement);
        }

        /** Tokens at the same position as the token before them. */
        long overlapping() {
            return java.util.stream.IntStream.range(1, tokens.size())
                    .filter(i -> tokens.get(i).position() == tokens.get(i - 1).position()).count();
        }
    }

    /**
     * Ours against the two references: the library's tokens in the library's order, the English chain's
     * words at the English chain's positions, each group token at its phrase's first word, and as many
     * stacked tokens as the library (so the same field length).
     */
    private static void assertSameAsReferences(String text, Analyzer ours, Analyzer library, Analyzer english) {
        Stream actual = Stream.of(ours, text);
        Stream expectedTokens = Stream.of(library, text);
        assertThat(actual.terms()).as(text).isEqualTo(expectedTokens.terms());
        assertThat(actual.words()).as(text).isEqualTo(Stream.of(english, text));
        List<SearchAnalysis.Token> tokens = actual.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).term().startsWith("#")) {
                assertThat(tokens.get(i).position()).as(text).isEqualTo(tokens.get(i + 1).position());
            }
        }
        assertThat(actual.overlapping()).as(text).isEqualTo(expectedTokens.overlapping());
    }

    @Test
    void randomTextGetsTheLibrarysGroupTokensAtTheEnglishChainsPositions() {
        List<SearchSettings.SynonymGroup> groups = new ArrayList<>(TRICKY);
        groups.addAll(SearchSettings.DEFAULT.synonyms());
        SynonymTable synonyms = table(groups);
        Analyzer ours = SearchAnalysis.indexing(synonyms);
        Analyzer library = library(synonyms);
        Analyzer english = SearchAnalysis.english();
        Random random = new Random(20261127);
        int withGroupTokens = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(16); n > 0; n--) {
                text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
            }
            assertSameAsReferences(text.toString(), ours, library, english);
            withGroupTokens += Stream.of(ours, text.toString()).terms().stream().anyMatch(t -> t.startsWith("#")) ? 1 : 0;
        }
        // The soup must actually exercise matches, or the comparison proves little.
        assertThat(withGroupTokens).isGreaterThan(10_000);
    }

    @Test
    void everyPageOfTheRepositoryGetsTheLibrarysGroupTokensAtTheEnglishChainsPositions() throws IOException {
        SynonymTable synonyms = table(SearchSettings.DEFAULT.synonyms());
        Analyzer ours = SearchAnalysis.indexing(synonyms);
        Analyzer library = library(synonyms);
        Analyzer english = SearchAnalysis.english();
        List<String> pages = pages();
        assertThat(pages).hasSizeGreaterThan(20);
        for (String page : pages) {
            assertSameAsReferences(page, ours, library, english);
        }
    }

    @Test
    void quotedPhrasesMatchAcrossStopWordsAndInsideSynonymPhrases() throws IOException {
        SynonymTable synonyms = table(SearchSettings.DEFAULT.synonyms());
        List<SearchDocument> documents = List.of(
                new SearchDocument("/a/", "Pacing", "", List.of(), "Stay inside your window of tolerance.", List.of(),
                        Optional.empty()),
                new SearchDocument("/b/", "Moving on", "", List.of(), "Feeling free of the past takes time.", List.of(),
                        Optional.empty()));
        try (IndexReader reader = LuceneIndex.open(LuceneIndex.build(documents, SearchAnalysis.indexing(synonyms), 1).slices())) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertThat(searcher.count(phrase("window of tolerance"))).isEqualTo(1);
            assertThat(searcher.count(phrase("free of the past"))).isEqualTo(1);
            assertThat(searcher.count(phrase("free past"))).isZero();
        }
    }

    /** A phrase query as the search page makes one: the English chain's terms at their positions. */
    private static Query phrase(String text) {
        PhraseQuery.Builder builder = new PhraseQuery.Builder();
        for (SearchAnalysis.Token token : SearchAnalysis.tokens(SearchAnalysis.english(), text)) {
            builder.add(new Term("body", token.term()), token.position());
        }
        return builder.build();
    }

    /** The markdown of the live content and the search test corpus, sorted by path. */
    private static List<String> pages() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path root : List.of(SearchSite.LIVE_CONTENT, SearchSite.CORPUS)) {
            try (java.util.stream.Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    out.add(Files.readString(file));
                }
            }
        }
        return out;
    }
}
