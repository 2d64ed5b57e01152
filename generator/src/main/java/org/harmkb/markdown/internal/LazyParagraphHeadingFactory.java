package org.harmkb.markdown.internal;

import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import org.jetbrains.annotations.NotNull;

/**
 * Flexmark's heading factory without its cost per paragraph line. On every line of a paragraph Flexmark's
 * {@code HeadingParser} asks for the paragraph's whole content so far ({@code getParagraphContent()}, which
 * joins all its lines into a new sequence), only to test whether there is a paragraph: a paragraph of n
 * lines (a table of 30,000 rows, a block of link definitions) took time in n². Here that question is
 * answered without building the content; everything else is Flexmark's code, so output is unchanged.
 * Use it with {@code Parser.HEADING_PARSER} set to false.
 */
public final class LazyParagraphHeadingFactory extends HeadingParser.Factory {

    @NotNull
    @Override
    public BlockParserFactory apply(@NotNull DataHolder options) {
        BlockParserFactory headings = super.apply(options);
        return (state, matched) -> headings.tryStart(state, new LazyParagraph(matched));
    }

    /** The matched parser, answering whether a paragraph is open without joining its lines. */
    private record LazyParagraph(MatchedBlockParser matched) implements MatchedBlockParser {

        @Override
        public BlockParser getBlockParser() {
            return matched.getBlockParser();
        }

        /** Flexmark's heading factory only tests this for null; the setext text comes from the lines. */
        @Override
        public BasedSequence getParagraphContent() {
            return matched.getBlockParser().isParagraphParser() ? BasedSequence.EMPTY : null;
        }

        @Override
        public List<BasedSequence> getParagraphLines() {
            return matched.getParagraphLines();
        }

        @Override
        public List<Integer> getParagraphEolLengths() {
            return matched.getParagraphEolLengths();
        }

        @Override
        public MutableDataHolder getParagraphDataHolder() {
            return matched.getParagraphDataHolder();
        }
    }
}
