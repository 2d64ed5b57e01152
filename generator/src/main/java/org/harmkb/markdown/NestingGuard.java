package org.harmkb.markdown;

import java.util.OptionalInt;

/**
 * Finds lines whose container prefix (block quote markers and list bullets, e.g. {@code > > - - - x})
 * nests deeper than a limit, before Flexmark sees them: its parser and renderer recurse (and some of its
 * regular expressions overflow the stack) on thousands of levels.
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
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            OptionalInt column = overLimit(body, start, end, limit);
            if (column.isPresent()) {
                return java.util.Optional.of(new Violation(line, column.getAsInt()));
            }
            line++;
            start = end + 1;
        }
        return java.util.Optional.empty();
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
