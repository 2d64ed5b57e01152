package org.harmkb.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.apache.lucene.util.SmallFloat;
import org.harmkb.content.SourcePage;
import org.harmkb.memo.Cancellation;

/**
 * Related articles by text similarity, from each page's words as the search index analysed them
 * ({@link TermCounts}): the scoring of Lucene's {@code MoreLikeThis} query over title, tags and body, done
 * on those counts directly rather than on a second index. Each article gets up to {@value #MAX} others,
 * best first, leaving out itself and its learning-path neighbours (already linked as previous/next).
 * Ties are broken by URL.
 *
 * <p>A page's query is its {@value #QUERY_TERMS} most characteristic words: used at least
 * {@value #MIN_TERM_FREQ} times in it, of at least three letters, on at least two pages and not too common,
 * ranked by count × idf ({@code ClassicSimilarity}). Every article containing one of them is scored with
 * BM25 as Lucene scores a disjunction of those words (its defaults, lengths rounded as Lucene's norms are).
 * Since a query word is on a bounded number of pages, each query reads a bounded number of postings and the
 * stage stays linear in the number of pages.
 */
public final class RelatedArticles {

    static final int MAX = 5;
    static final int MIN = 3;

    /**
     * Results after the {@value #MIN}th are kept only while they score at least this share of the best one,
     * so a page with three close matches and two weak ones shows three.
     */
    static final float KEEP_SHARE = 0.4f;

    /**
     * The most characteristic words of a page that its query looks for (Lucene's default is 25). A dozen
     * still name what a page is about, and the query costs less than half as much on a large site.
     */
    static final int QUERY_TERMS = 12;

    /**
     * Words on more than a tenth of the pages say little about any one page, so queries leave them out;
     * but never words on fewer than {@value #MIN_COMMON_DOCS} pages, so a small site keeps its vocabulary.
     */
    static final int MIN_COMMON_DOCS = 20;

    /**
     * And never words on more than this many pages, however large the site: each query then reads a
     * bounded number of postings, so the stage stays linear in the number of pages instead of quadratic.
     */
    static final int MAX_COMMON_DOCS = 200;

    /**
     * A word must occur this often in a page to characterise it (Lucene's default): words used once say
     * little, and skipping them spares looking up most of a page's words.
     */
    static final int MIN_TERM_FREQ = 2;

    /** Shorter words (after stemming) are left out of queries, as {@code MoreLikeThis.setMinWordLen(3)}. */
    static final int MIN_WORD_LENGTH = 3;

    private static final float K1 = 1.2f;
    private static final float B = 0.75f;
    private static final float[] LENGTH_TABLE = lengthTable();

    private RelatedArticles() {
    }

    /**
     * Related articles by URL for every page in {@code articles}, which are the candidates too. Queries in
     * parallel; the result does not depend on thread timing or core count. An article without counts (one
     * the search index leaves out, a draft) gets none and is nobody's.
     *
     * @param key the key of an article in {@code counts}
     */
    public static Map<String, List<SourcePage>> find(List<SourcePage> articles, Map<String, SeriesPlace> places,
            TermCounts counts, Function<SourcePage, String> key) {
        if (articles.size() < 2) {
            return Map.of();
        }
        List<SourcePage> byUrl = articles.stream().sorted((a, b) -> a.url().compareTo(b.url())).toList();
        Corpus corpus = Corpus.of(byUrl.size(), doc -> counts.page(key.apply(byUrl.get(doc))), counts);
        Map<String, Integer> docs = new HashMap<>();
        for (int i = 0; i < byUrl.size(); i++) {
            docs.put(byUrl.get(i).url(), i);
        }
        ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(byUrl.size()));
        List<List<SourcePage>> related = IntStream.range(0, byUrl.size()).parallel()
                .mapToObj(doc -> {
                    Cancellation.checkpoint();
                    return keep(corpus.relatedTo(doc, excluded(doc, byUrl, docs, places), scratch.get()), byUrl);
                })
                .toList();
        Map<String, List<SourcePage>> out = new HashMap<>();
        for (int i = 0; i < byUrl.size(); i++) {
            out.put(byUrl.get(i).url(), related.get(i));
        }
        return out;
    }

    /** Whether {@code page} has related articles and can be one: not the home page or a glossary entry. */
    public static boolean isCandidate(SourcePage page) {
        return !page.isHome() && !Glossary.isEntry(page);
    }

    /** The page itself and its learning-path neighbours, as document numbers. */
    private static int[] excluded(int doc, List<SourcePage> pages, Map<String, Integer> docs,
            Map<String, SeriesPlace> places) {
        List<Integer> excluded = new ArrayList<>(3);
        excluded.add(doc);
        SeriesPlace place = places.get(pages.get(doc).url());
        if (place != null) {
            place.previous().map(p -> docs.get(p.url())).ifPresent(excluded::add);
            place.next().map(p -> docs.get(p.url())).ifPresent(excluded::add);
        }
        return excluded.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A scored document. */
    record Hit(int doc, float score) {
    }

    /** Hits come best first, equal scores in document order, which is URL order. */
    private static List<SourcePage> keep(List<Hit> hits, List<SourcePage> pages) {
        int count = 0;
        while (count < Math.min(MAX, hits.size())
                && (count < MIN || hits.get(count).score() >= KEEP_SHARE * hits.get(0).score())) {
            count++;
        }
        return hits.subList(0, count).stream().map(hit -> pages.get(hit.doc())).toList();
    }

    /** Per thread: each document's score for the current query, and which documents have one. */
    private static final class Scratch {
        final float[] scores;
        final int[] touched;
        int size;

        Scratch(int docs) {
            scores = new float[docs];
            touched = new int[docs];
        }
    }

    /**
     * The articles as document numbers (URL order): each one's query candidates (its words used at least
     * {@value #MIN_TERM_FREQ} times that a query may use) and, per word a query may use, its postings.
     */
    private static final class Corpus {
        private final int[][] candidateTerms;
        private final int[][] candidateCounts;
        private final int[][] postingDocs;
        private final int[][] postingCounts;
        /** Per document, 1 / (k1 · (1 − b + b · length / average length)), as BM25 caches it per norm. */
        private final float[] normInverse;
        private final float[] classicIdf;
        private final float[] bm25Idf;
        private final TermCounts words;

        private Corpus(int[][] candidateTerms, int[][] candidateCounts, int[][] postingDocs,
                int[][] postingCounts, float[] normInverse, float[] classicIdf, float[] bm25Idf, TermCounts words) {
            this.candidateTerms = candidateTerms;
            this.candidateCounts = candidateCounts;
            this.postingDocs = postingDocs;
            this.postingCounts = postingCounts;
            this.normInverse = normInverse;
            this.classicIdf = classicIdf;
            this.bm25Idf = bm25Idf;
            this.words = words;
        }

        /**
         * @param pages each document's words, asked for twice per document and not kept: counts with added words
         *              make each page afresh, and holding them all would hold a second copy of every page's words
         */
        static Corpus of(int n, IntFunction<Optional<TermCounts.Page>> pages, TermCounts counts) {
            int termCount = counts.termCount();
            int[] docFreq = new int[termCount];
            long totalLength = 0;
            int withWords = 0;
            for (int doc = 0; doc < n; doc++) {
                Optional<TermCounts.Page> page = pages.apply(doc);
                if (page.isPresent()) {
                    for (int term : page.get().terms()) {
                        docFreq[term]++;
                    }
                    totalLength += page.get().length();
                    withWords += page.get().length() > 0 ? 1 : 0;
                }
            }
            int maxDocFreq = Math.min(MAX_COMMON_DOCS, Math.max(MIN_COMMON_DOCS, n / 10));
            boolean[] usable = new boolean[termCount];
            int[][] postingDocs = new int[termCount][];
            int[][] postingCounts = new int[termCount][];
            float[] classicIdf = new float[termCount];
            float[] bm25Idf = new float[termCount];
            for (int term = 0; term < termCount; term++) {
                usable[term] = docFreq[term] >= 2 && docFreq[term] <= maxDocFreq
                        && counts.term(term).length() >= MIN_WORD_LENGTH;
                if (usable[term]) {
                    postingDocs[term] = new int[docFreq[term]];
                    postingCounts[term] = new int[docFreq[term]];
                    classicIdf[term] = (float) (Math.log((n + 1) / (double) (docFreq[term] + 1)) + 1.0);
                    bm25Idf[term] = (float) Math.log(1 + (withWords - docFreq[term] + 0.5D) / (docFreq[term] + 0.5D));
                }
            }
            float averageLength = (float) (totalLength / (double) Math.max(1, withWords));
            int[] filled = new int[termCount];
            int[][] candidateTerms = new int[n][];
            int[][] candidateCounts = new int[n][];
            float[] normInverse = new float[n];
            for (int doc = 0; doc < n; doc++) {
                TermCounts.Page page = pages.apply(doc).orElse(new TermCounts.Page(new int[0], new int[0], 0));
                normInverse[doc] = 1f / (K1 * ((1 - B) + B * LENGTH_TABLE[SmallFloat.intToByte4(page.length()) & 0xFF]
                        / averageLength));
                int candidates = 0;
                int[] terms = page.terms();
                int[] frequencies = page.counts();
                for (int i = 0; i < terms.length; i++) {
                    int term = terms[i];
                    if (usable[term]) {
                        postingDocs[term][filled[term]] = doc;
                        postingCounts[term][filled[term]++] = frequencies[i];
                        if (frequencies[i] >= MIN_TERM_FREQ) {
                            candidates++;
                        }
                    }
                }
                candidateTerms[doc] = new int[candidates];
                candidateCounts[doc] = new int[candidates];
                int c = 0;
                for (int i = 0; i < terms.length; i++) {
                    if (usable[terms[i]] && frequencies[i] >= MIN_TERM_FREQ) {
                        candidateTerms[doc][c] = terms[i];
                        candidateCounts[doc][c++] = frequencies[i];
                    }
                }
            }
            return new Corpus(candidateTerms, candidateCounts, postingDocs, postingCounts, normInverse, classicIdf,
                    bm25Idf, counts);
        }

        /** The best {@value #MAX} other articles for {@code doc}, best first, none of {@code excluded}. */
        List<Hit> relatedTo(int doc, int[] excluded, Scratch scratch) {
            int[] query = queryTerms(doc);
            for (int term : query) {
                float idf = bm25Idf[term];
                int[] docs = postingDocs[term];
                int[] counts = postingCounts[term];
                for (int i = 0; i < docs.length; i++) {
                    int other = docs[i];
                    if (scratch.scores[other] == 0f) {
                        scratch.touched[scratch.size++] = other;
                    }
                    scratch.scores[other] += idf - idf / (1f + counts[i] * normInverse[other]);
                }
            }
            List<Hit> hits = new ArrayList<>(scratch.size);
            for (int i = 0; i < scratch.size; i++) {
                int other = scratch.touched[i];
                if (!contains(excluded, other)) {
                    hits.add(new Hit(other, scratch.scores[other]));
                }
                scratch.scores[other] = 0f;
            }
            scratch.size = 0;
            hits.sort((a, b) -> a.score() != b.score() ? Float.compare(b.score(), a.score()) : Integer.compare(a.doc(), b.doc()));
            return hits.subList(0, Math.min(MAX, hits.size()));
        }

        /** The page's {@value #QUERY_TERMS} best-scoring words by count × idf; equal scores in alphabetical order. */
        private int[] queryTerms(int doc) {
            int[] terms = candidateTerms[doc];
            int[] counts = candidateCounts[doc];
            Integer[] order = new Integer[terms.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            float[] scores = new float[terms.length];
            for (int i = 0; i < terms.length; i++) {
                scores[i] = counts[i] * classicIdf[terms[i]];
            }
            Arrays.sort(order, (a, b) -> scores[a] != scores[b] ? Float.compare(scores[b], scores[a])
                    : words.term(terms[a]).compareTo(words.term(terms[b])));
            int[] out = new int[Math.min(QUERY_TERMS, order.length)];
            for (int i = 0; i < out.length; i++) {
                out[i] = terms[order[i]];
            }
            return out;
        }

        private static boolean contains(int[] values, int value) {
            for (int v : values) {
                if (v == value) {
                    return true;
                }
            }
            return false;
        }
    }

    private static float[] lengthTable() {
        float[] table = new float[256];
        for (int i = 0; i < 256; i++) {
            table[i] = SmallFloat.byte4ToInt((byte) i);
        }
        return table;
    }
}
