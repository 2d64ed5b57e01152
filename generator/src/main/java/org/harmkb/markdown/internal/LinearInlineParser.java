package org.harmkb.markdown.internal;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's inline parser with its three regular-expression helpers made linear in the paragraph's
 * length. Flexmark's own versions cost time proportional to the rest of the paragraph on every call:
 * a successful match calls {@link Matcher#toMatchResult()}, which (Java 17) copies the whole paragraph
 * into a new string, and a failed match of a pattern anchored with {@code ^} still tries every later
 * position through {@link Matcher#find()}. A paragraph of 10,000 {@code <span>} tags therefore took
 * 6.4 s and 50,000 took about two minutes (issue 16, part 8).
 *
 * <p>Here a match reads start and end from the matcher, and a pattern that can only match at the
 * region's start ({@link #anchoredAtStart}) is tried there once with {@link Matcher#lookingAt()}.
 * Both give the same result as Flexmark's code for every input; any other pattern still uses
 * {@code find()}. Link destinations are parsed by {@link LinearLinkDestinationParser}. Not thread-safe,
 * like the parser it extends: Flexmark makes one per document.
 */
public final class LinearInlineParser extends InlineParserImpl {

    /** Whether each pattern seen can only match at the start of the region; patterns are static in Flexmark. */
    private static final Map<Pattern, Boolean> ANCHORED = new ConcurrentHashMap<>();

    public LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
        if (linkDestinationParser != null) {
            linkDestinationParser = new LinearLinkDestinationParser(linkDestinationParser);
        }
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = matcher(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = matcher(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    /** As Flexmark's: the matcher after a match at or after the index, which moves past it; null if none. */
    @Override
    public Matcher matcher(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        boolean found = ANCHORED.computeIfAbsent(re, LinearInlineParser::anchoredAtStart) ? matcher.lookingAt() : matcher.find();
        if (!found) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }

    /**
     * True if every match of the pattern starts where the search starts: the expression begins with
     * {@code ^}, has no top-level alternative ({@code ^a|b} matches {@code b} anywhere) and {@code ^}
     * does not mean a line start ({@link Pattern#MULTILINE}, {@code (?m)}). Errs towards false.
     */
    static boolean anchoredAtStart(Pattern pattern) {
        String regex = pattern.pattern();
        if (!regex.startsWith("^") || (pattern.flags() & (Pattern.MULTILINE | Pattern.LITERAL | Pattern.COMMENTS)) != 0
                || regex.matches("(?s).*\\(\\?[a-zA-Z-]*[mx].*")) {
            return false;
        }
        int depth = 0;
        boolean inClass = false;
        for (int i = 1; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
                    return false;
                }
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
                    i++;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return true;
    }
}
