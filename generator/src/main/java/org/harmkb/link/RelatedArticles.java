package org.harmkb.link;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.DelimitedTermFrequencyTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.harmkb.content.SourcePage;

/**
 * Related articles by text similarity: Lucene's {@link MoreLikeThis} over title, body and tags, in an index
 * held in memory for the build. Each article gets up to {@value #MAX} others, best first, leaving out
 * itself and its learning-path neighbours (already linked as previous/next). Ties are broken by URL.
 *
 * <p>The body is the markdown source, not the HTML stage's text, so related articles are part of the one
 * graph stage that runs before HTML processing; markdown syntax is punctuation the analyzer drops, and
 * wikilink targets such as {@code [[power-in-therapy]]} add words that genuinely describe the page.
 *
 * <p>Built for large sites: each page is analysed once into counted terms, indexed into one field, and
 * queried from those counts (not from stored term vectors, whose code costs more to compile in a build's
 * cold JVM than re-reading the counts costs to run); MoreLikeThis's per-word frequency lookups are
 * answered from a table ({@link FrequencyTableReader}); and each query reads a bounded number of postings.
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

    /** Only a page's first characters are compared: enough to say what it is about, and a 5 MB page stays cheap. */
    static final int MAX_BODY_CHARS = 6000;

    /**
     * A body word must occur this often in a page to characterise it (Lucene's default): words used once say
     * little, and skipping them spares looking up most of a page's words.
     */
    static final int MIN_TERM_FREQ = 2;

    /** Index slices built in parallel; a constant, so results never depend on the machine's core count. */
    static final int SLICES = 2;

    /** One field holds a page's title, tags and body: one lookup per word, one posting list per word. */
    private static final String FIELD = "text";
    private static final String[] FIELDS = {FIELD};
    private static final FieldType TEXT = text();

    private RelatedArticles() {
    }

    /**
     * Related articles by URL for every page in {@code articles}, which are the candidates too. Indexes in
     * {@value #SLICES} slices and queries in parallel. The result does not depend on thread timing or core
     * count: each slice is written by one thread in URL order and never merged, the slices are read in
     * order (so document ids follow URLs), and their number is fixed.
     */
    public static Map<String, List<SourcePage>> find(List<SourcePage> articles, Map<String, SeriesPlace> places) {
        if (articles.size() < 2) {
            return Map.of();
        }
        List<SourcePage> byUrl = articles.stream().sorted((a, b) -> a.url().compareTo(b.url())).toList();
        Analyzer english = new EnglishAnalyzer();
        List<AnalysedPage> analysed = byUrl.parallelStream().map(page -> AnalysedPage.of(page, english)).toList();
        Analyzer analyzer = new CountedTermsAnalyzer();
        List<ByteBuffersDirectory> directories = IntStream.range(0, SLICES).mapToObj(i -> new ByteBuffersDirectory()).toList();
        List<DirectoryReader> readers = new ArrayList<>();
        try {
            IntStream.range(0, SLICES).parallel().forEach(i -> index(slice(analysed, i), analyzer, directories.get(i)));
            List<LeafReader> segments = new ArrayList<>();
            List<LeafReader> tables = new ArrayList<>();
            for (ByteBuffersDirectory directory : directories) {
                DirectoryReader reader = DirectoryReader.open(directory);
                readers.add(reader);
                for (LeafReaderContext leaf : reader.leaves()) {
                    segments.add(leaf.reader());
                    tables.add(new FrequencyTableReader(leaf.reader(), FIELDS));
                }
            }
            IndexSearcher searcher = new IndexSearcher(new MultiReader(segments.toArray(IndexReader[]::new), false));
            MultiReader lookups = new MultiReader(tables.toArray(IndexReader[]::new), false);
            ThreadLocal<MoreLikeThis> mlt = ThreadLocal.withInitial(() -> moreLikeThis(lookups, analyzer));
            Map<String, Integer> docs = new HashMap<>();
            for (int i = 0; i < byUrl.size(); i++) {
                docs.put(byUrl.get(i).url(), i);
            }
            List<List<SourcePage>> related = IntStream.range(0, byUrl.size()).parallel()
                    .mapToObj(doc -> relatedTo(analysed.get(doc), excluded(doc, byUrl, docs, places), byUrl, mlt.get(), searcher))
                    .toList();
            Map<String, List<SourcePage>> out = new HashMap<>();
            for (int i = 0; i < byUrl.size(); i++) {
                out.put(byUrl.get(i).url(), related.get(i));
            }
            return out;
        } catch (IOException e) {
            // An in-memory directory does no I/O; this would be a bug, not bad input.
            throw new UncheckedIOException("cannot build the related-articles index", e);
        } finally {
            closeAll(readers, directories);
        }
    }

    private static <T> List<T> slice(List<T> items, int index) {
        int size = (items.size() + SLICES - 1) / SLICES;
        return items.subList(Math.min(items.size(), index * size), Math.min(items.size(), (index + 1) * size));
    }

    private static void index(List<AnalysedPage> pages, Analyzer analyzer, ByteBuffersDirectory directory) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (AnalysedPage page : pages) {
                Document doc = new Document();
                doc.add(new Field(FIELD, page.terms(), TEXT));
                writer.addDocument(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the related-articles index", e);
        }
    }

    private static MoreLikeThis moreLikeThis(IndexReader reader, Analyzer analyzer) {
        try {
            MoreLikeThis mlt = new MoreLikeThis(reader);
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(FIELDS);
            mlt.setMinTermFreq(MIN_TERM_FREQ);
            mlt.setMinDocFreq(2);
            mlt.setMaxDocFreq(Math.min(MAX_COMMON_DOCS, Math.max(MIN_COMMON_DOCS, reader.numDocs() / 10)));
            mlt.setMaxQueryTerms(QUERY_TERMS);
            mlt.setMinWordLen(3);
            return mlt;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the related-articles index", e);
        }
    }

    /** The page itself and its learning-path neighbours, as document ids. */
    private static Set<Integer> excluded(int doc, List<SourcePage> pages, Map<String, Integer> docs,
            Map<String, SeriesPlace> places) {
        Set<Integer> excluded = new HashSet<>();
        excluded.add(doc);
        SeriesPlace place = places.get(pages.get(doc).url());
        if (place != null) {
            place.previous().map(p -> docs.get(p.url())).ifPresent(excluded::add);
            place.next().map(p -> docs.get(p.url())).ifPresent(excluded::add);
        }
        return excluded;
    }

    private static List<SourcePage> relatedTo(AnalysedPage analysed, Set<Integer> excluded, List<SourcePage> pages,
            MoreLikeThis mlt, IndexSearcher searcher) {
        try {
            // A few more hits than needed, the excluded pages dropped afterwards: cheaper than excluding them
            // in the query. Counting every hit is not needed either, which lets Lucene skip most documents.
            int wanted = MAX + excluded.size();
            ScoreDoc[] hits = searcher.search(mlt.like(FIELD, new StringReader(analysed.terms())),
                    new TopScoreDocCollectorManager(wanted, null, wanted)).scoreDocs;
            List<ScoreDoc> kept = new ArrayList<>();
            for (ScoreDoc hit : hits) {
                if (!excluded.contains(hit.doc)) {
                    kept.add(hit);
                }
            }
            return keep(kept, pages);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot query the related-articles index", e);
        }
    }

    private static void closeAll(List<DirectoryReader> readers, List<ByteBuffersDirectory> directories) {
        try {
            for (DirectoryReader reader : readers) {
                reader.close();
            }
            for (ByteBuffersDirectory directory : directories) {
                directory.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the related-articles index", e);
        }
    }

    /** Hits come best first, equal scores in document order, which is URL order. */
    private static List<SourcePage> keep(List<ScoreDoc> hits, List<SourcePage> pages) {
        int count = 0;
        while (count < Math.min(MAX, hits.size())
                && (count < MIN || hits.get(count).score >= KEEP_SHARE * hits.get(0).score)) {
            count++;
        }
        return hits.subList(0, count).stream().map(hit -> pages.get(hit.doc)).toList();
    }

    /**
     * A page's title, tags and body after English analysis (tokens, lower case, no stop words, stems), as
     * each distinct term with its count, {@code "harm|3 therapi|2 …"}, in order of first use. Analysed once;
     * indexing and the page's query then read one entry per distinct word instead of every word again.
     * Title and tag words count twice: they say more about a page than a word of its body, and so reach the
     * minimum term frequency.
     */
    private record AnalysedPage(String terms) {

        static AnalysedPage of(SourcePage page, Analyzer english) {
            Map<String, int[]> counts = new LinkedHashMap<>();
            count(english, page.title() + " " + String.join(" ", page.frontMatter().tags()), 2, counts);
            String body = page.body().length() <= MAX_BODY_CHARS ? page.body() : page.body().substring(0, MAX_BODY_CHARS);
            count(english, body, 1, counts);
            StringBuilder out = new StringBuilder(counts.size() * 10);
            counts.forEach((term, n) -> out.append(term).append('|').append(n[0]).append(' '));
            return new AnalysedPage(out.toString());
        }

        private static void count(Analyzer analyzer, String text, int weight, Map<String, int[]> counts) {
            try (TokenStream stream = analyzer.tokenStream(FIELD, text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    String word = term.toString();
                    // A word containing the delimiter would be misread; such tokens are not words anyway.
                    if (word.indexOf('|') < 0) {
                        counts.computeIfAbsent(word, k -> new int[1])[0] += weight;
                    }
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot analyse text held in memory", e);
            }
        }
    }

    /** Reads {@code term|count} entries as terms with those frequencies. */
    private static final class CountedTermsAnalyzer extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new WhitespaceTokenizer();
            return new TokenStreamComponents(tokenizer, new DelimitedTermFrequencyTokenFilter(tokenizer));
        }
    }

    private static FieldType text() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(true);
        type.freeze();
        return type;
    }
}
