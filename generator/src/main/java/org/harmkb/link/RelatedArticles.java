package org.harmkb.link;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
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
 */
final class RelatedArticles {

    static final int MAX = 5;
    static final int MIN = 3;

    /**
     * Results after the {@value #MIN}th are kept only while they score at least this share of the best one,
     * so a page with three close matches and two weak ones shows three.
     */
    static final float KEEP_SHARE = 0.4f;

    private static final String URL = "url";
    private static final String[] FIELDS = {"title", "body", "tags"};
    private static final FieldType TEXT = textWithTermVectors();

    private RelatedArticles() {
    }

    /**
     * Related articles by URL for every page in {@code articles}, which are the candidates too. Runs the
     * queries in parallel; the result does not depend on thread timing because the index is built by one
     * thread in URL order (document ids follow URLs) and never merged.
     */
    static Map<String, List<SourcePage>> find(List<SourcePage> articles, Map<String, SeriesPlace> places) {
        if (articles.size() < 2) {
            return Map.of();
        }
        List<SourcePage> byUrl = articles.stream().sorted((a, b) -> a.url().compareTo(b.url())).toList();
        Analyzer analyzer = new EnglishAnalyzer();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            index(byUrl, analyzer, directory);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                List<List<SourcePage>> related = IntStream.range(0, byUrl.size()).parallel()
                        .mapToObj(doc -> relatedTo(doc, byUrl, places, reader, searcher, analyzer))
                        .toList();
                Map<String, List<SourcePage>> out = new HashMap<>();
                for (int i = 0; i < byUrl.size(); i++) {
                    out.put(byUrl.get(i).url(), related.get(i));
                }
                return out;
            }
        } catch (IOException e) {
            // An in-memory directory does no I/O; this would be a bug, not bad input.
            throw new UncheckedIOException("cannot build the related-articles index", e);
        }
    }

    private static void index(List<SourcePage> pages, Analyzer analyzer, ByteBuffersDirectory directory) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (SourcePage page : pages) {
                Document doc = new Document();
                doc.add(new StringField(URL, page.url(), Field.Store.NO));
                doc.add(new Field("title", page.title(), TEXT));
                doc.add(new Field("body", page.body(), TEXT));
                doc.add(new Field("tags", String.join(" ", page.frontMatter().tags()), TEXT));
                writer.addDocument(doc);
            }
        }
    }

    private static List<SourcePage> relatedTo(int doc, List<SourcePage> pages, Map<String, SeriesPlace> places,
            DirectoryReader reader, IndexSearcher searcher, Analyzer analyzer) {
        SourcePage page = pages.get(doc);
        Set<String> excluded = new HashSet<>();
        excluded.add(page.url());
        SeriesPlace place = places.get(page.url());
        if (place != null) {
            place.previous().ifPresent(p -> excluded.add(p.url()));
            place.next().ifPresent(p -> excluded.add(p.url()));
        }
        try {
            MoreLikeThis mlt = new MoreLikeThis(reader);
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(FIELDS);
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(2);
            mlt.setMaxDocFreqPct(50);
            mlt.setMinWordLen(3);
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(mlt.like(doc), BooleanClause.Occur.MUST);
            excluded.forEach(url -> query.add(new TermQuery(new Term(URL, url)), BooleanClause.Occur.MUST_NOT));
            return keep(searcher.search(query.build(), MAX).scoreDocs, pages);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot query the related-articles index", e);
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

    private static FieldType textWithTermVectors() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(true);
        type.setStoreTermVectors(true);
        type.freeze();
        return type;
    }
}
