package org.harmkb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.harmkb.link.TermCounts;

/**
 * Reads each page's words with their counts back from the search index ({@link TermCounts}), so that
 * related articles compare pages by the analysis that indexed them instead of analysing them again. Reads
 * the title, tags and body fields; synonym group tokens ({@code #0}, …) are left out, as they are no words.
 */
final class PageTermsReader {

    static final List<String> FIELDS = List.of("title", "tags", "body");

    private PageTermsReader() {
    }

    /**
     * @param documents the indexed documents in doc id order; each one's key is its href
     * @param stop      asked at every term: when it says yes, the read ends with a {@link CancellationException}
     */
    static TermCounts read(IndexReader reader, List<SearchDocument> documents, BooleanSupplier stop) {
        try {
            return counts(reader, documents, stop);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TermCounts counts(IndexReader reader, List<SearchDocument> documents, BooleanSupplier stop)
            throws IOException {
        TermCounts.Builder counts = new TermCounts.Builder(documents.stream().map(SearchDocument::href).toList());
        for (String field : FIELDS) {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) {
                continue;
            }
            int weight = TermCounts.weight(field);
            TermsEnum iterator = terms.iterator();
            PostingsEnum postings = null;
            for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                if (stop.getAsBoolean()) {
                    throw new CancellationException("stopped: the rest of the search index was not made");
                }
                if (term.length > 0 && term.bytes[term.offset] == '#') {
                    continue;
                }
                int number = counts.number(term.utf8ToString());
                postings = iterator.postings(postings, PostingsEnum.FREQS);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    counts.add(doc, number, weight * postings.freq());
                }
            }
        }
        return counts.build();
    }
}
