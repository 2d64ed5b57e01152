package org.harmkb.markdown.internal;

import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Flexmark's link destination parser (the {@code dest} of {@code [text](dest "title")}) in time linear in
 * the paragraph's length, with the same result for every input. Flexmark's scans from the destination's
 * start to its end, and the end of a destination without spaces is often the end of the line: a line of
 * {@code [a](} repeated scans the rest of the line once per {@code (}, so 1 MB of it took minutes
 * (issue 16, part 8).
 *
 * <p>Here one scan from a start records the parenthesis depth before every character up to the first
 * space or control character (the hard end), and for every position the first closing parenthesis
 * that takes the depth below its own. A destination starting at any position of that stretch ends at
 * whichever comes first, so later calls inside the stretch are answered from the scan. A position
 * that the scan passed as the second character of an escape ({@code \(}) starts a new scan, as does a
 * position outside it. Options this does not model (spaces in URLs, Jekyll macros, unmatched
 * parentheses refused) leave Flexmark's own parser in charge. Not thread-safe, like the inline parser
 * that owns it.
 */
public final class LinearLinkDestinationParser extends com.vladsch.flexmark.parser.internal.LinkDestinationParser {

    private final boolean modelled;
    private BasedSequence scanned;
    private int scanStart;
    /** Position of the hard end: the first space or control character, or the input's end. */
    private int scanEnd;
    /** Per position from scanStart: true if it is the escaped character of a backslash escape. */
    private boolean[] escaped = new boolean[0];
    /** Per position from scanStart: where a destination starting there meets its unmatched ')', or scanEnd. */
    private int[] closer = new int[0];

    /** Takes over the options of the parser Flexmark made for this document. */
    public LinearLinkDestinationParser(com.vladsch.flexmark.parser.internal.LinkDestinationParser flexmarks) {
        super(flexmarks.allowMatchedParentheses, flexmarks.spaceInUrls, flexmarks.parseJekyllMacrosInUrls,
                flexmarks.intellijDummyIdentifier);
        modelled = allowMatchedParentheses && !spaceInUrls && !parseJekyllMacrosInUrls;
    }

    @Override
    public BasedSequence parseLinkDestination(BasedSequence input, int startIndex) {
        if (!modelled) {
            return super.parseLinkDestination(input, startIndex);
        }
        if (input != scanned || startIndex < scanStart || startIndex >= scanEnd || escaped[startIndex - scanStart]) {
            scan(input, startIndex);
        }
        return input.subSequence(startIndex, closer[startIndex - scanStart]);
    }

    private void scan(BasedSequence input, int start) {
        int end = start;
        int length = input.length();
        while (end < length && !endsDestination(input.charAt(end))) {
            end += input.charAt(end) == '\\' && PAREN_ESCAPABLE_CHARS.get(input.safeCharAt(end + 1)) ? 2 : 1;
        }
        int size = end - start + 1;
        int[] depth = new int[size];
        escaped = new boolean[size];
        for (int i = start, d = 0; i < end; i++) {
            char c = input.charAt(i);
            if (c == '\\' && PAREN_ESCAPABLE_CHARS.get(input.safeCharAt(i + 1))) {
                depth[i - start + 1] = d;
                escaped[i - start + 1] = true;
                i++;
            } else if (c == '(') {
                d++;
            } else if (c == ')') {
                d--;
            }
            depth[i - start + 1] = d;
        }
        closer = firstDropBelow(depth, start, end);
        scanned = input;
        scanStart = start;
        scanEnd = end;
    }

    /**
     * For each index k, start + m - 1 for the least m > k with depth[m] < depth[k] (the ')' that makes it so),
     * else end: a monotonic stack, right to left.
     */
    private static int[] firstDropBelow(int[] depth, int start, int end) {
        int[] result = new int[depth.length];
        int[] stack = new int[depth.length];
        int top = 0;
        for (int k = depth.length - 1; k >= 0; k--) {
            while (top > 0 && depth[stack[top - 1]] >= depth[k]) {
                top--;
            }
            result[k] = top == 0 ? end : start + stack[top - 1] - 1;
            stack[top++] = k;
        }
        return result;
    }

    /** Characters that end a destination whatever the depth: spaces and controls, as Flexmark's excluded set says. */
    private boolean endsDestination(char c) {
        return c != '\\' && c != '(' && c != ')' && EXCLUDED_0_TO_SPACE_CHARS.get(c);
    }
}
