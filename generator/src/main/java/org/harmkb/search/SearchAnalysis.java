package org.harmkb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The analysis chains of the search index. Documents and queries share {@link #english()}: the chain of
 * Lucene's {@link EnglishAnalyzer} (standard tokenizer, possessive, lower case, English stop words,
 * Porter stemming), which {@code theme/assets/search-analyzer.js} reproduces token for token.
 *
 * <p>Synonyms are indexed as one extra token per group ({@code #0}, {@code #1}, …) beside the words
 * themselves, so the words keep their own statistics and a query for any phrase of a group becomes a
 * query for the group's token. A {@code #} never survives the standard tokenizer, so no word can collide.
 */
public final class SearchAnalysis {

    private SearchAnalysis() {
    }

    /** The English chain without synonyms. */
    public static Analyzer english() {
        return englishThen(UnaryOperator.identity());
    }

    /**
     * The English chain plus each group's token beside every phrase of the group (for indexing), through
     * {@link GroupTokenFilter}: every word keeps the English chain's position, so quoted phrases match.
     */
    public static Analyzer indexing(SynonymTable synonyms) {
        return englishThen(stream -> synonyms.entries().isEmpty() ? stream : new GroupTokenFilter(stream, synonyms));
    }

    /** The English chain with every phrase of a group replaced by the group's token (for queries). */
    public static Analyzer querying(SynonymTable synonyms) {
        SynonymMap map = synonyms.map(false);
        return englishThen(stream -> map == null ? stream : new SynonymGraphFilter(stream, map, false));
    }

    /** The English chain with {@code after} applied to its output. */
    static Analyzer englishThen(UnaryOperator<TokenStream> after) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, after.apply(englishFilters(source)));
            }
        };
    }

    private static TokenStream englishFilters(Tokenizer source) {
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new PorterStemFilter(stream);
    }

    /** A token and its position (0-based, counting removed stop words, as Lucene indexes it). */
    public record Token(String term, int position) {
    }

    /** Runs {@code analyzer} over {@code text}. */
    public static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> out = new ArrayList<>();
        analyse(analyzer, text, out);
        return out;
    }

    /**
     * Adds the tokens of {@code text} to {@code out}; returns the position increment the stream leaves
     * at its end (trailing stop words), which moves the next value of a multi-valued field.
     */
    static int analyse(Analyzer analyzer, String text, List<Token> out) {
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(new Token(term.toString(), position));
            }
            stream.end();
            return increment.getPositionIncrement();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Question and filler words that a query drops before matching (a query-time stop filter on top of
     * Lucene's English stop words, which the index keeps): "how do i report my therapist" searches for
     * "report therapist". Words that name something a page may be about ("help", "now", "feel") are not here.
     */
    public static final List<String> QUERY_FILLER_WORDS = List.of(
            "how", "what", "why", "when", "where", "who", "which", "whether", "do", "does", "did", "can", "could",
            "would", "should", "shall", "may", "might", "must", "i", "i'm", "im", "i've", "ive", "me", "my", "mine",
            "myself", "you", "your", "yours", "we", "our", "us", "he", "she", "him", "her", "his", "them", "its",
            "am", "been", "being", "have", "has", "had", "get", "got", "make", "made", "need", "want", "about",
            "any", "some", "so", "just",
            "really", "very", "please", "ok", "okay");

    /** {@link #QUERY_FILLER_WORDS} as the English chain turns them into terms, sorted, once each. */
    public static List<String> fillerTerms() {
        Analyzer english = english();
        return QUERY_FILLER_WORDS.stream().flatMap(w -> terms(english, w).stream()).distinct().sorted().toList();
    }

    /** The terms only. */
    public static List<String> terms(Analyzer analyzer, String text) {
        return tokens(analyzer, text).stream().map(Token::term).toList();
    }

    static CharsRef join(List<String> words) {
        return SynonymMap.Builder.join(words.toArray(String[]::new), new CharsRefBuilder());
    }
}
