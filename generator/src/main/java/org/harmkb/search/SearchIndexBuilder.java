package org.harmkb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.store.Directory;
import org.harmkb.config.SearchSettings;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.link.TermCounts;

/**
 * The search stage: indexes the published pages with Lucene and exports the static index files.
 * Knows nothing of templates or output; the build writes the returned files. Deterministic: the same
 * documents give byte-identical files.
 */
public final class SearchIndexBuilder {

    private final SearchSettings settings;
    private final IndexLayout layout;

    /** With {@code layout}, its pack size replaced by the settings' {@code max_pack_kb} when that is set. */
    public SearchIndexBuilder(SearchSettings settings, IndexLayout layout) {
        this.settings = settings;
        this.layout = settings.maxPackKb() > 0
                ? new IndexLayout(layout.shardBytes(), layout.docsPerChunk(), settings.maxPackKb() * 1024)
                : layout;
    }

    /**
     * The built index.
     *
     * @param documents the indexed documents in doc id order (sorted by href)
     * @param slices    the Lucene index in slices, for tests and tools that query it: see {@link LuceneIndex#open}
     * @param terms     each document's words with their counts, by href, for related articles
     */
    public record SearchIndex(List<SearchDocument> documents, SynonymTable synonyms, List<Directory> slices,
            List<SearchFile> files, TermCounts terms) {
    }

    /**
     * Up to this many documents, the export and the read of each page's words run side by side; above it, one
     * after the other, so that what each holds at its peak does not add up. At 100,000 pages one same-hour
     * comparison put peak RSS at 4.4 GB side by side against 3.6 GB (one build's peak moves by about 0.5 GB with
     * G1's sizing, so that is one sample, but the two reads' holdings do add); at 10,000 (0.5 GB) side by side saves
     * about 0.4 s of a 20 s build.
     */
    static final int SIDE_BY_SIDE_MAX = 20_000;

    /** Indexes {@code documents} (any order; they are sorted by href) and exports the files. */
    public SearchIndex build(List<SearchDocument> documents, Diagnostics diagnostics) {
        return build(documents, diagnostics, 0, documents.size() <= SIDE_BY_SIDE_MAX);
    }

    /**
     * With {@code sliceCount} index slices, or as many as there are cores (for large sites) when 0; and the two
     * reads of the finished index side by side or not.
     */
    SearchIndex build(List<SearchDocument> documents, Diagnostics diagnostics, int sliceCount, boolean sideBySide) {
        List<SearchDocument> sorted = documents.stream().sorted(Comparator.comparing(SearchDocument::href)).toList();
        SynonymTable synonyms = SynonymTable.analyse(settings.synonyms(), diagnostics);
        LuceneIndex.Indexed indexed = sliceCount > 0
                ? LuceneIndex.build(sorted, SearchAnalysis.indexing(synonyms), sliceCount)
                : LuceneIndex.build(sorted, SearchAnalysis.indexing(synonyms));
        IndexExporter exporter = new IndexExporter(layout, settings, synonyms);
        try (IndexReader reader = LuceneIndex.open(indexed.slices())) {
            if (!sideBySide) {
                List<SearchFile> files = exporter.export(reader, sorted, indexed.sections());
                TermCounts terms = PageTermsReader.read(reader, sorted, () -> Thread.currentThread().isInterrupted());
                return new SearchIndex(sorted, synonyms, indexed.slices(), files, terms);
            }
            // Both read the index one term at a time on one thread: side by side they keep two cores busy.
            AtomicBoolean abandoned = new AtomicBoolean();
            ForkJoinTask<TermCounts> terms = ForkJoinTask.adapt(() -> PageTermsReader.read(reader, sorted, abandoned::get))
                    .fork();
            List<SearchFile> files;
            try {
                files = exporter.export(reader, sorted, indexed.sections());
            } catch (RuntimeException | Error e) {
                // Stopped (serve's next edit) or failed: the reader must outlive the other read, which stops at once.
                abandoned.set(true);
                terms.quietlyJoin();
                throw e;
            }
            return new SearchIndex(sorted, synonyms, indexed.slices(), files, terms.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
