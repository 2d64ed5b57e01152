package org.harmkb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Builds the in-memory Lucene index of the site: one document per page, in the given order, so that
 * Lucene's doc id {@code i} is the {@code i}-th document. Fields are those of
 * {@link org.harmkb.config.SearchSettings#FIELDS}; the page's href is stored as {@code href}.
 */
public final class LuceneIndex {

    public static final String HREF = "href";

    private LuceneIndex() {
    }

    public static Directory build(List<SearchDocument> documents, Analyzer analyzer) {
        Directory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setSimilarity(new BM25Similarity())
                .setRAMBufferSizeMB(256)
                // Adjacent-only merges keep doc ids in insertion order.
                .setMergePolicy(new LogDocMergePolicy());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (SearchDocument doc : documents) {
                writer.addDocument(toLucene(doc));
            }
            writer.forceMerge(1);
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return directory;
    }

    public static DirectoryReader open(Directory directory) {
        try {
            return DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document toLucene(SearchDocument doc) {
        Document out = new Document();
        out.add(new StoredField(HREF, doc.href()));
        out.add(new TextField("title", doc.title(), Field.Store.NO));
        for (SearchDocument.Section section : doc.headings()) {
            out.add(new TextField("headings", section.text(), Field.Store.NO));
        }
        out.add(new TextField("description", doc.description(), Field.Store.NO));
        out.add(new TextField("body", doc.body(), Field.Store.NO));
        for (String tag : doc.tags()) {
            out.add(new TextField("tags", tag, Field.Store.NO));
        }
        return out;
    }
}
