package org.harmkb.markdown;

import java.util.Optional;

/**
 * Finds a page with more markdown elements than a limit, before it is parsed. Every element (a heading,
 * list item, quote line, table cell, link, bracket, tag, entity, code span, emphasis delimiter,
 * autolink) costs every stage of the build a node: Flexmark's block tracker, the HTML renderer,
 * heading ids and contents, the sanitiser, the HTML passes, the lints and the search index. None of that is quadratic any more, but
 * at about 0.1 ms an element a 1 MB page of 262,144 headings, list items or footnote references still
 * takes half a minute or more (issue 16, part 8). A real article has a few hundred elements at most:
 * the largest page of the example site counts 145, the largest of the 10,000-article corpus 110.
 *
 * <p>Counts, outside fenced code, one element per quote marker and per line that starts with a
 * block marker ({@code #}, {@code =}, {@code -}, {@code *}, {@code +}, {@code |}, {@code 1.}), and one
 * per {@code [}, {@code <}, {@code &}, {@code |}, {@code @}, {@code ://}, {@code www.} and run of
 * backticks or emphasis characters ({@code *}, {@code _}, {@code ~}) in the text, three per footnote
 * reference {@code [^}; a backslash-escaped character does not count. It over-counts rather than parse: the limit is far enough above real pages
 * for that not to matter.
 */
final class ElementCountGuard {

    /**
     * About 70 times the largest page of the example site. This many headings, list items, table cells
     * or links, or a third as many footnote references, add one to two seconds of CPU to a build.
     */
    static final int MAX_ELEMENTS = 10_000;

    /**
     * A long page may have more: up to this many elements per 1,024 characters of body. A long, link-dense but
     * ordinary article (a section heading, 20 sentences each with a link and an emphasis, a list and a small
     * table per 1.8 KB) counts 44 per 1,024 characters and builds 1 MB in about 3.4 s, 5 MB in 7.5 s; the hostile
     * shapes that took half a minute or more count 128 to 256.
     */
    static final int MAX_ELEMENTS_PER_KB = 64;

    /** The limit for a body: {@value #MAX_ELEMENTS}, or {@value #MAX_ELEMENTS_PER_KB} per 1,024 characters if more. */
    static int limitFor(String body) {
        return (int) Math.max(MAX_ELEMENTS, (long) body.length() * MAX_ELEMENTS_PER_KB / 1024);
    }

    private ElementCountGuard() {
    }

    /** The 1-based line and column within the body of the first element over the limit. */
    static Optional<NestingGuard.Violation> firstViolation(String body, int limit) {
        int count = 0;
        int line = 1;
        String fence = null;
        for (int start = 0; start <= body.length(); line++) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? body.length() : end;
            String fenceHere = NestingGuard.fenceOf(body, start, end);
            if (fence != null) {
                fence = NestingGuard.closes(fence, fenceHere) ? null : fence;
            } else if (fenceHere != null) {
                fence = fenceHere;
            } else {
                int i = start;
                while (i < end && (body.charAt(i) == ' ' || body.charAt(i) == '>')) {
                    count += body.charAt(i) == '>' ? 1 : 0;
                    i++;
                }
                count += i < end && startsBlock(body, i, end) ? 1 : 0;
                for (; i < end; i++) {
                    if (count > limit) {
                        return Optional.of(new NestingGuard.Violation(line, i - start + 1));
                    }
                    char c = body.charAt(i);
                    if (c == '\\') {
                        i++;
                    } else if (c < MAY_START.length && MAY_START[c]) {
                        count += weight(body, i, start);
                    }
                }
                if (count > limit) {
                    return Optional.of(new NestingGuard.Violation(line, Math.max(1, end - start)));
                }
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    private static boolean startsBlock(String body, int i, int end) {
        char c = body.charAt(i);
        if ("#=-*+|".indexOf(c) >= 0) {
            return true;
        }
        int digits = i;
        while (digits < end && digits - i < 9 && Character.isDigit(body.charAt(digits))) {
            digits++;
        }
        return digits > i && digits < end && (body.charAt(digits) == '.' || body.charAt(digits) == ')');
    }

    /** The characters {@link #weight} may count: every other character starts no element. */
    private static final boolean[] MAY_START = new boolean[128];

    static {
        for (char c : "[<&|@`*_~:w".toCharArray()) {
            MAY_START[c] = true;
        }
    }

    /** How many elements the character at i starts: a footnote reference costs about three (a link, a back link, a note). */
    private static int weight(String body, int i, int lineStart) {
        char c = body.charAt(i);
        boolean element = switch (c) {
            case '[', '<', '&', '|', '@' -> true;
            case '`', '*', '_', '~' -> i == lineStart || body.charAt(i - 1) != c;
            case ':' -> body.startsWith("//", i + 1);
            case 'w' -> body.startsWith("www.", i) && (i == lineStart || !Character.isLetterOrDigit(body.charAt(i - 1)));
            default -> false;
        };
        return !element ? 0 : body.startsWith("[^", i) ? 3 : 1;
    }
}
