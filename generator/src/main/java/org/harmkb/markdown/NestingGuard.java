package org.harmkb.markdown;

import java.util.OptionalInt;

/**
 * Finds nesting deeper than a limit before Flexmark sees it: lines whose container prefix (block quote
 * markers and list bullets, e.g. {@code > > - - - x}) is too deep, and paragraphs with too many emphasis
 * delimiters left open ({@code *a *a *a ...}). Flexmark's parser and renderer recurse (and some of its
 * regular expressions overflow the stack) on thousands of levels, and where a stack overflow happens
 * depends on how much of the parser the JIT has compiled, so only a check made before parsing reports
 * the same position on every machine.
 */
final class NestingGuard {

    /** The position of a too-deep prefix: 1-based line within the body and column of the first marker over the limit. */
    record Violation(int line, int column) {
    }

    private NestingGuard() {
    }

    static java.util.Optional<Violation> firstViolation(String body, int limit) {
        int line = 1;
        int start = 0;
        int openEmphasis = 0;
        String fence = null;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            OptionalInt column = overLimit(body, start, end, limit);
            if (column.isPresent()) {
                return java.util.Optional.of(new Violation(line, column.getAsInt()));
            }
            String fenceHere = fenceOf(body, start, end);
            if (fence != null) {
                if (closes(fence, fenceHere)) {
                    fence = null;
                }
            } else if (fenceHere != null) {
                fence = fenceHere;
                openEmphasis = 0;
            } else if (isBlank(body, start, end)) {
                openEmphasis = 0;
            } else {
                int[] state = {openEmphasis};
                OptionalInt emphasis = emphasisOverLimit(body, start, end, limit, state);
                if (emphasis.isPresent()) {
                    return java.util.Optional.of(new Violation(line, emphasis.getAsInt()));
                }
                openEmphasis = state[0];
            }
            line++;
            start = end + 1;
        }
        return java.util.Optional.empty();
    }

    /** {@code body.substring(start, end).isBlank()}, without the copy. */
    private static boolean isBlank(String body, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(body.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a line whose fence is {@code here} (or null) closes the code block the fence {@code open} began. */
    static boolean closes(String open, String here) {
        return here != null && here.charAt(0) == open.charAt(0) && here.length() >= open.length();
    }

    /** The fence ({@code ```} or {@code ~~~}, any longer run) opening this line, or null. */
    static String fenceOf(String body, int start, int end) {
        int i = start;
        while (i < end && i - start < 3 && body.charAt(i) == ' ') {
            i++;
        }
        if (i >= end || (body.charAt(i) != '`' && body.charAt(i) != '~')) {
            return null;
        }
        char c = body.charAt(i);
        int j = i;
        while (j < end && body.charAt(j) == c) {
            j++;
        }
        return j - i >= 3 ? body.substring(i, j) : null;
    }

    /**
     * Counts emphasis delimiters ({@code *} and {@code _} runs) left open within a paragraph: a run after
     * whitespace and before a word opens, a run after a word closes. Code spans are skipped. This
     * over-approximates nothing a reader would write: only dozens of unclosed openers reach the limit.
     */
    private static OptionalInt emphasisOverLimit(String body, int start, int end, int limit, int[] open) {
        CodeSpans spans = null;
        int i = start;
        while (i < end) {
            char c = body.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '`') {
                spans = spans != null ? spans : new CodeSpans(body, start, end);
                i = spans.endOf(body, i, end);
                continue;
            }
            if (c != '*' && c != '_') {
                i++;
                continue;
            }
            int run = i;
            while (run < end && body.charAt(run) == c) {
                run++;
            }
            boolean spaceBefore = i == start || Character.isWhitespace(body.charAt(i - 1));
            boolean spaceAfter = run == end || Character.isWhitespace(body.charAt(run));
            if (!spaceBefore && open[0] > 0) {
                open[0]--;
            } else if (spaceBefore && !spaceAfter) {
                open[0]++;
                if (open[0] > limit) {
                    return OptionalInt.of(i - start + 1);
                }
            }
            i = run;
        }
        return OptionalInt.empty();
    }

    private static OptionalInt overLimit(String body, int start, int end, int limit) {
        int depth = 0;
        int i = start;
        while (i < end) {
            char c = body.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '>') {
                depth++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && (body.charAt(i + 1) == ' ' || body.charAt(i + 1) == '\t')) {
                depth++;
                i += 2;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < end && j - i < 9 && Character.isDigit(body.charAt(j))) {
                    j++;
                }
                if (j + 1 < end && (body.charAt(j) == '.' || body.charAt(j) == ')') && body.charAt(j + 1) == ' ') {
                    depth++;
                    i = j + 2;
                } else {
                    break;
                }
            } else {
                break;
            }
            if (depth > limit) {
                return OptionalInt.of(i - start);
            }
        }
        return OptionalInt.empty();
    }
}
