package org.harmkb.markdown.internal;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises {@code [[helpline:id]]}, {@code [[helplines:nation]]} and {@code [[site:name]]} on one line. The
 * wikilink parser leaves these to it ({@link PlaceholderNode#isPlaceholder}); escaped brackets and code spans
 * are not seen here.
 */
public final class PlaceholderParser implements InlineParserExtension {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[\\[\\s*(helpline|helplines|site)\\s*:([^\\[\\]\\n|]{0,80})]]");

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
        Matcher m = PLACEHOLDER.matcher(input.subSequence(start, Math.min(input.length(), start + 100)));
        if (!m.lookingAt()) {
            return false;
        }
        parser.flushTextNode();
        parser.appendNode(new PlaceholderNode(input.subSequence(start, start + m.end()), m.group(1), m.group(2).strip()));
        parser.setIndex(start + m.end());
        return true;
    }

    /** Registers the parser for {@code [}. */
    public static final class Factory implements InlineParserExtensionFactory {

        @Override
        public CharSequence getCharacters() {
            return "[";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new PlaceholderParser();
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
