package org.harmkb.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.harmkb.markdown.internal.LazyParagraphHeadingFactory;
import org.harmkb.markdown.internal.LinearInlineParser;

/**
 * Makes Flexmark's inline parsing take time linear in a paragraph's length, with unchanged output
 * ({@link LinearInlineParser}). Every build uses it: without it one paragraph of many inline HTML tags,
 * entities or code spans takes minutes. Headings come from {@link LazyParagraphHeadingFactory}, since
 * Flexmark's heading factory costs time in the square of a paragraph's lines (a long table, many link
 * definitions).
 */
public final class LinearInlineParsing implements Parser.ParserExtension {

    private LinearInlineParsing() {
    }

    public static LinearInlineParsing create() {
        return new LinearInlineParsing();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(Parser.HEADING_PARSER, false);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserFactory(LinearInlineParser::new);
        builder.customBlockParserFactory(new LazyParagraphHeadingFactory());
        // Flexmark adds its link reference definition parser only with its own inline parser, so add it back.
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(builder)) {
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
    }
}
