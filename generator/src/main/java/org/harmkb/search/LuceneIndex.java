package org.harmkb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.ThreadInterruptedException;
import org.harmkb.memo.Cancellation;

/**
 * Builds the in-memory Lucene index of the site: one document per page, in the given order, so that
 * Lucene's doc id {@code i} is the {@code i}-th document. Fields are those of
 * {@link org.harmkb.config.SearchSettings#FIELDS}; the page's href is stored as {@code href}.
 *
 * <p>Large sites are indexed in consecutive slices on all cores, one index per slice; {@link #open}
 * reads them as one, in slice order, so doc ids and statistics are those of a single index.
 *
 * <p>Each body is analysed once: the sections of a page's body ({@link BodySections}) are read from the
 * tokens the index writer takes in, not from a second analysis.
 */
public final class LuceneIndex {

    public static final String HREF = "href";

    private LuceneIndex() {
    }

    static final int SLICE_MIN = 500;

    /**
     * The index and what indexing learnt of each page's body.
     *
     * @param slices   the index in consecutive slices: see {@link #open}
     * @param sections per document, in the given order, its body's sections from the tokens the body field
     *                 indexed (see {@link BodyTokenRecorder})
     */
    record Indexed(List<Directory> slices, List<BodySections> sections) {
        Indexed {
            slices = List.copyOf(slices);
            sections = List.copyOf(sections);
        }
    }

    static Indexed build(List<SearchDocument> documents, Analyzer analyzer) {
        return build(documents, analyzer,
                Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), documents.size() / SLICE_MIN)));
    }

    static Indexed build(List<SearchDocument> documents, Analyzer analyzer, int slices) {
        int size = (documents.size() + slices - 1) / Math.max(1, slices);
        List<Indexed> built = IntStream.range(0, slices).parallel()
                .mapToObj(i -> buildSlice(documents.subList(Math.min(documents.size(), i * size),
                        Math.min(documents.size(), (i + 1) * size)), analyzer))
                .toList();
        return new Indexed(built.stream().flatMap(slice -> slice.slices().stream()).toList(),
                built.stream().flatMap(slice -> slice.sections().stream()).toList());
    }

    private static Indexed buildSlice(List<SearchDocument> documents, Analyzer analyzer) {
        Directory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setSimilarity(new BM25Similarity())
                .setRAMBufferSizeMB(256)
                // Compound files save open file handles on disk; in memory they only copy every byte again.
                .setUseCompoundFile(false)
                // Adjacent-only merges keep doc ids in insertion order.
                .setMergePolicy(new LogDocMergePolicy())
                // Committed explicitly below; a slice stopped part way (a checkpoint) is dropped, not flushed.
                .setCommitOnClose(false);
        BodyTokenRecorder recorder = new BodyTokenRecorder();
        List<BodySections> sections = new ArrayList<>(documents.size());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (SearchDocument doc : documents) {
                Cancellation.checkpoint();
                writer.addDocument(toLucene(doc, recorder));
                sections.add(recorder.sections(doc));
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CancellationException e) {
            // Closing the writer may take the interrupt (Lucene's waits answer it); set it again for the rest.
            Thread.currentThread().interrupt();
            throw e;
        } catch (ThreadInterruptedException e) {
            // Lucene's own waits answer an interrupt so; to the caller it is the same request to stop.
            Thread.currentThread().interrupt();
            throw new CancellationException("stopped: " + e.getMessage());
        }
        return new Indexed(List.of(directory), sections);
    }

    /** The slices as one reader, in order. Closing it closes them all. */
    public static IndexReader open(List<Directory> slices) {
        try {
            List<IndexReader> readers = new ArrayList<>();
            for (Directory slice : slices) {
                readers.add(DirectoryReader.open(slice));
            }
            return new MultiReader(readers.toArray(IndexReader[]::new), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document toLucene(SearchDocument doc, BodyTokenRecorder recorder) {
        Document out = new Document();
        out.add(new StoredField(HREF, doc.href()));
        out.add(new TextField("title", doc.title(), Field.Store.NO));
        for (SearchDocument.Section section : doc.headings()) {
            out.add(new TextField("headings", section.text(), Field.Store.NO));
        }
        out.add(new TextField("description", doc.description(), Field.Store.NO));
        out.add(recorder.field(doc.body()));
        for (String tag : doc.tags()) {
            out.add(new TextField("tags", tag, Field.Store.NO));
        }
        return out;
    }
}
