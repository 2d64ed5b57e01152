package org.harmkb.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
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
 * Queries analyse a page's text again instead of reading stored term vectors: in a build's cold JVM the
 * term-vector code costs more to compile than the second analysis costs to run.
 */
final class RelatedArticles {

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
     * Words on more than a tenth of the pages (but at least this many) say little about any one page and
     * are the costliest to search for, so queries leave them out.
     */
    static final int MIN_COMMON_DOCS = 20;

    /** Only a page's first characters are compared: enough to say what it is about, and a 5 MB page stays cheap. */
    static final int MAX_BODY_CHARS = 6000;

    /** Index slices built in parallel; a constant, so results never depend on the machine's core count. */
    static final int SLICES = 2;

    private static final String URL = "url";
    private static final String[] FIELDS = {"title", "body", "tags"};
    private static final FieldType TEXT = text();

    private RelatedArticles() {
    }

    /**
     * Related articles by URL for every page in {@code articles}, which are the candidates too. Indexes in
     * {@value #SLICES} slices and queries in parallel. The result does not depend on thread timing or core
     * count: each slice is written by one thread in URL order and never merged, the slices are read in
     * order (so document ids follow URLs), and their number is fixed.
     */
    static Map<String, List<SourcePage>> find(List<SourcePage> articles, Map<String, SeriesPlace> places) {
        if (articles.size() < 2) {
            return Map.of();
        }
        List<SourcePage> byUrl = articles.stream().sorted((a, b) -> a.url().compareTo(b.url())).toList();
        Analyzer analyzer = new EnglishAnalyzer();
        List<ByteBuffersDirectory> directories = IntStream.range(0, SLICES).mapToObj(i -> new ByteBuffersDirectory()).toList();
        List<DirectoryReader> readers = new ArrayList<>();
        try {
            IntStream.range(0, SLICES).parallel().forEach(i -> index(slice(byUrl, i), analyzer, directories.get(i)));
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
            List<List<SourcePage>> related = IntStream.range(0, byUrl.size()).parallel()
                    .mapToObj(doc -> relatedTo(doc, byUrl, places, mlt.get(), searcher))
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

    private static List<SourcePage> slice(List<SourcePage> pages, int index) {
        int size = (pages.size() + SLICES - 1) / SLICES;
        return pages.subList(Math.min(pages.size(), index * size), Math.min(pages.size(), (index + 1) * size));
    }

    private static void index(List<SourcePage> pages, Analyzer analyzer, ByteBuffersDirectory directory) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (SourcePage page : pages) {
                Document doc = new Document();
                doc.add(new StringField(URL, page.url(), Field.Store.NO));
                doc.add(new Field("title", page.title(), TEXT));
                doc.add(new Field("body", body(page), TEXT));
                doc.add(new Field("tags", String.join(" ", page.frontMatter().tags()), TEXT));
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
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(2);
            mlt.setMaxDocFreq(Math.max(MIN_COMMON_DOCS, reader.numDocs() / 10));
            mlt.setMaxQueryTerms(QUERY_TERMS);
            mlt.setMinWordLen(3);
            return mlt;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the related-articles index", e);
        }
    }

    private static List<SourcePage> relatedTo(int doc, List<SourcePage> pages, Map<String, SeriesPlace> places,
            MoreLikeThis mlt, IndexSearcher searcher) {
        SourcePage page = pages.get(doc);
        Set<String> excluded = new HashSet<>();
        excluded.add(page.url());
        SeriesPlace place = places.get(page.url());
        if (place != null) {
            place.previous().ifPresent(p -> excluded.add(p.url()));
            place.next().ifPresent(p -> excluded.add(p.url()));
        }
        try {
            Map<String, Collection<Object>> fields = Map.of("title", List.of(page.title()), "body", List.of(body(page)),
                    "tags", List.of(String.join(" ", page.frontMatter().tags())));
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(mlt.like(fields), BooleanClause.Occur.MUST);
            excluded.forEach(url -> query.add(new TermQuery(new Term(URL, url)), BooleanClause.Occur.MUST_NOT));
            // Counting every hit is not needed for the top few, and letting Lucene skip makes queries much cheaper.
            return keep(searcher.search(query.build(), new TopScoreDocCollectorManager(MAX, null, MAX)).scoreDocs, pages);
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
    private static List<SourcePage> keep(ScoreDoc[] hits, List<SourcePage> pages) {
        int count = 0;
        while (count < hits.length && (count < MIN || hits[count].score >= KEEP_SHARE * hits[0].score)) {
            count++;
        }
        return IntStream.range(0, count).mapToObj(i -> pages.get(hits[i].doc)).toList();
    }

    private static String body(SourcePage page) {
        String body = page.body();
        return body.length() <= MAX_BODY_CHARS ? body : body.substring(0, MAX_BODY_CHARS);
    }

    private static FieldType text() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(true);
        type.freeze();
        return type;
    }
}
