package org.harmkb.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;

/**
 * Notes the position and start offset of every token of a page's body as the index writer reads them,
 * so that the body's {@link BodySections} come from the analysis that indexes it rather than a second one.
 * A token sharing the previous one's position (a synonym group's token beside its phrase's first word,
 * see {@link GroupTokenFilter}) has that word's offsets too, and is noted once.
 *
 * <p>Not thread-safe: one recorder per index slice, which indexes its pages one after another.
 */
final class BodyTokenRecorder {

    private final IntList positions = new IntList();
    private final IntList offsets = new IntList();

    /** The body field of a page; indexing it replaces what was noted of the previous one. */
    Field field(String body) {
        return new Field("body", body, TextField.TYPE_NOT_STORED) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                return new Recording(super.tokenStream(analyzer, reuse));
            }
        };
    }

    /** The sections of {@code doc}, whose body field was the last one indexed through {@link #field}. */
    BodySections sections(SearchDocument doc) {
        return BodySections.of(doc, positions.toArray(), offsets.toArray());
    }

    private final class Recording extends TokenFilter {
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private int position;

        Recording(TokenStream input) {
            super(input);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            positions.clear();
            offsets.clear();
            position = -1;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (increment.getPositionIncrement() > 0) {
                position += increment.getPositionIncrement();
                positions.add(position);
                offsets.add(offset.startOffset());
            }
            return true;
        }
    }
}
