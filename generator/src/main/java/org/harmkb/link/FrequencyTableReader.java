package org.harmkb.link;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * A view of one index segment for {@link org.apache.lucene.queries.mlt.MoreLikeThis}, whose term lookups
 * read a table of document frequencies built once per segment. MoreLikeThis looks up every term of every
 * page again ({@code docFreq}), and on an in-memory index each lookup opens a new terms enumerator; with
 * the table the related-articles stage costs a hash lookup per term instead. Only {@code seekExact} and
 * {@code docFreq} are answered from the table; everything else (term vectors, counts) is the segment's.
 * Immutable once built; safe to share between threads.
 */
final class FrequencyTableReader extends FilterLeafReader {

    private final Map<String, Map<BytesRef, Integer>> docFreqs = new HashMap<>();

    FrequencyTableReader(LeafReader segment, String... fields) throws IOException {
        super(segment);
        for (String field : fields) {
            Map<BytesRef, Integer> table = new HashMap<>();
            Terms terms = segment.terms(field);
            if (terms != null) {
                TermsEnum iterator = terms.iterator();
                for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                    table.put(BytesRef.deepCopyOf(term), iterator.docFreq());
                }
            }
            docFreqs.put(field, table);
        }
    }

    @Override
    public Terms terms(String field) throws IOException {
        Terms terms = super.terms(field);
        Map<BytesRef, Integer> table = docFreqs.get(field);
        if (terms == null || table == null) {
            return terms;
        }
        return new FilterTerms(terms) {
            @Override
            public TermsEnum iterator() {
                return new TableTermsEnum(table);
            }
        };
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
        return null;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return null;
    }

    /** Answers {@code seekExact} and {@code docFreq} only, which is all {@code LeafReader.docFreq} asks. */
    private static final class TableTermsEnum extends BaseTermsEnum {

        private final Map<BytesRef, Integer> table;
        private BytesRef term;
        private int docFreq;

        TableTermsEnum(Map<BytesRef, Integer> table) {
            this.table = table;
        }

        @Override
        public boolean seekExact(BytesRef text) {
            Integer found = table.get(text);
            term = found == null ? null : text;
            docFreq = found == null ? 0 : found;
            return found != null;
        }

        @Override
        public int docFreq() {
            return docFreq;
        }

        @Override
        public BytesRef term() {
            return term;
        }

        @Override
        public SeekStatus seekCeil(BytesRef text) {
            throw new UnsupportedOperationException("only exact lookups");
        }

        @Override
        public void seekExact(long ord) {
            throw new UnsupportedOperationException("only exact lookups");
        }

        @Override
        public long ord() {
            throw new UnsupportedOperationException("only exact lookups");
        }

        @Override
        public long totalTermFreq() {
            throw new UnsupportedOperationException("only document frequencies");
        }

        @Override
        public PostingsEnum postings(PostingsEnum reuse, int flags) {
            throw new UnsupportedOperationException("only document frequencies");
        }

        @Override
        public ImpactsEnum impacts(int flags) {
            throw new UnsupportedOperationException("only document frequencies");
        }

        @Override
        public BytesRef next() {
            throw new UnsupportedOperationException("only exact lookups");
        }
    }
}
