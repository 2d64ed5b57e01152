package org.harmkb.markdown.internal;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Recognises {@code [[target]]} and {@code [[target|label]]} on one line. Runs before Flexmark's own
 * bracket handling, so the brackets never become a link reference; a backslash-escaped {@code \[[} or
 * brackets inside code spans are not seen here at all.
 */
public final class WikiLinkParser implements InlineParserExtension {

    /** Longer than any sensible page path plus label; keeps a stray {@code [[} from scanning a whole paragraph. */
    private static final int MAX_LENGTH = 400;

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
    }

    @Override
    public boolean parse(LightInlineParser parser) {
        if (parser.peek(1) != '[') {
            return false;
        }
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        int end = closingBrackets(input, start + 2);
        if (end < 0) {
            return false;
        }
        String inner = input.subSequence(start + 2, end).toString();
        if (PlaceholderNode.isPlaceholder(inner)) {
            // [[helpline:…]] and the like stand for config values; the placeholder parser reads them.
            return false;
        }
        int bar = inner.indexOf('|');
        String target = (bar < 0 ? inner : inner.substring(0, bar)).strip();
        String label = bar < 0 ? null : inner.substring(bar + 1).strip();
        if (target.isEmpty() || label != null && label.isEmpty()) {
            return false;
        }
        parser.flushTextNode();
        parser.appendNode(new WikiLinkNode(input.subSequence(start, end + 2), target, label));
        parser.setIndex(end + 2);
        return true;
    }

    /** Index of the {@code ]]} closing a wikilink whose text starts at {@code from}, or -1. */
    private static int closingBrackets(BasedSequence input, int from) {
        int limit = Math.min(input.length() - 1, from + MAX_LENGTH);
        for (int i = from; i < limit; i++) {
            char c = input.charAt(i);
            if (c == '\n' || c == '[') {
                return -1;
            }
            if (c == ']') {
                return input.charAt(i + 1) == ']' && i > from ? i : -1;
            }
        }
        return -1;
    }

    /** Registers the parser for {@code [}. */
    public static final class Factory implements InlineParserExtensionFactory {

        @Override
        public CharSequence getCharacters() {
            return "[";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new WikiLinkParser();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
