package org.harmkb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.harmkb.config.SearchSettings;
import org.harmkb.diagnostic.Diagnostics;

/**
 * The search stage: indexes the published pages with Lucene and exports the static index files.
 * Knows nothing of templates or output; the build writes the returned files. Deterministic: the same
 * documents give byte-identical files.
 */
public final class SearchIndexBuilder {

    private final SearchSettings settings;
    private final IndexLayout layout;

    public SearchIndexBuilder(SearchSettings settings, IndexLayout layout) {
        this.settings = settings;
        this.layout = layout;
    }

    /**
     * The built index.
     *
     * @param documents the indexed documents in doc id order (sorted by href)
     * @param directory the Lucene index, for tests and tools that query it
     */
    public record SearchIndex(List<SearchDocument> documents, SynonymTable synonyms, Directory directory,
            List<SearchFile> files) {
    }

    /** Indexes {@code documents} (any order; they are sorted by href) and exports the files. */
    public SearchIndex build(List<SearchDocument> documents, Diagnostics diagnostics) {
        List<SearchDocument> sorted = documents.stream().sorted(Comparator.comparing(SearchDocument::href)).toList();
        SynonymTable synonyms = SynonymTable.analyse(settings.synonyms(), diagnostics);
        Directory directory = LuceneIndex.build(sorted, SearchAnalysis.indexing(synonyms));
        try (DirectoryReader reader = LuceneIndex.open(directory)) {
            List<SearchFile> files = new IndexExporter(layout, settings, synonyms).export(reader, sorted);
            return new SearchIndex(sorted, synonyms, directory, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
