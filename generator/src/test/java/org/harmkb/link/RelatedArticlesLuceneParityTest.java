package org.harmkb.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.DelimitedTermFrequencyTokenFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.harmkb.content.SourcePage;
import org.junit.jupiter.api.Test;

/**
 * {@link RelatedArticles} scores counts as Lucene's {@link MoreLikeThis} over an index of the same counts did
 * (what related articles were before they read the search index): same pages, same order. The pages have
 * fewer characteristic words than a query takes, so no tie decides which words a query uses.
 */
class RelatedArticlesLuceneParityTest {

    private static final int PAGES = 40;

    @Test
    void rankingIsThatOfMoreLikeThisOnTheSameCounts() throws IOException {
        Random random = new Random(21);
        List<SourcePage> pages = new ArrayList<>();
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            pages.add(TestPages.page(String.format("p%02d.md", i), "P" + i, ""));
            Map<String, Integer> words = new HashMap<>();
            for (int w = 0; w < 9; w++) {
                words.merge("word" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(3)), 1 + random.nextInt(4),
                        Integer::sum);
            }
            counts.add(words);
        }
        TermCounts.Builder builder = new TermCounts.Builder(pages.stream().map(SourcePage::url).toList());
        for (int i = 0; i < PAGES; i++) {
            int page = i;
            counts.get(i).forEach((word, n) -> builder.add(page, builder.number(word), n));
        }

        Map<String, List<SourcePage>> related = RelatedArticles.find(pages, Map.of(), builder.build(), SourcePage::url);

        List<List<String>> lucene = moreLikeThis(counts);
        int compared = 0;
        for (int i = 0; i < PAGES; i++) {
            List<String> ours = related.get(pages.get(i).url()).stream().map(SourcePage::url).toList();
            List<String> theirs = lucene.get(i).stream().map(doc -> pages.get(Integer.parseInt(doc)).url()).toList();
            assertThat(ours).as(pages.get(i).url()).isEqualTo(theirs);
            compared += ours.size();
        }
        assertThat(compared).as("pages have related articles to compare").isGreaterThan(PAGES * 3);
    }

    /** As related articles were found before: an index of "word|count" entries queried with MoreLikeThis. */
    private static List<List<String>> moreLikeThis(List<Map<String, Integer>> counts) throws IOException {
        Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new WhitespaceTokenizer();
                return new TokenStreamComponents(tokenizer, new DelimitedTermFrequencyTokenFilter(tokenizer));
            }
        };
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(true);
        type.freeze();
        List<String> texts = counts.stream().map(words -> {
            StringBuilder text = new StringBuilder();
            words.forEach((word, n) -> text.append(word).append('|').append(n).append(' '));
            return text.toString();
        }).toList();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (String text : texts) {
                    Document doc = new Document();
                    doc.add(new Field("text", text, type));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                MoreLikeThis mlt = new MoreLikeThis(reader);
                mlt.setAnalyzer(analyzer);
                mlt.setFieldNames(new String[] {"text"});
                mlt.setMinTermFreq(RelatedArticles.MIN_TERM_FREQ);
                mlt.setMinDocFreq(2);
                mlt.setMaxDocFreq(Math.min(RelatedArticles.MAX_COMMON_DOCS,
                        Math.max(RelatedArticles.MIN_COMMON_DOCS, reader.numDocs() / 10)));
                mlt.setMaxQueryTerms(RelatedArticles.QUERY_TERMS);
                mlt.setMinWordLen(3);
                IndexSearcher searcher = new IndexSearcher(reader);
                List<List<String>> out = new ArrayList<>();
                for (int doc = 0; doc < texts.size(); doc++) {
                    List<ScoreDoc> hits = new ArrayList<>();
                    for (ScoreDoc hit : searcher.search(mlt.like("text", new StringReader(texts.get(doc))), RelatedArticles.MAX + 1).scoreDocs) {
                        if (hit.doc != doc) {
                            hits.add(hit);
                        }
                    }
                    int kept = 0;
                    while (kept < Math.min(RelatedArticles.MAX, hits.size()) && (kept < RelatedArticles.MIN
                            || hits.get(kept).score >= RelatedArticles.KEEP_SHARE * hits.get(0).score)) {
                        kept++;
                    }
                    out.add(hits.subList(0, kept).stream().map(hit -> String.valueOf(hit.doc)).toList());
                }
                return out;
            }
        }
    }
}
