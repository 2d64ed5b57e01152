package org.harmkb.markdown;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each code span on one line ends, for the guards that scan raw markdown. A run of backticks opens a
 * span that the next run of the same length closes; a run without one is literal. Computed in one pass
 * over the line, so a line of thousands of unmatched runs costs no more than its length (searching ahead
 * from every run would make it quadratic). Runs are found with the guards' escape rule: a backslash
 * hides the next character.
 */
final class CodeSpans {

    /** The end (exclusive) of the span each run opens, by the run's start. */
    private final Map<Integer, Integer> ends = new HashMap<>();

    CodeSpans(String body, int start, int end) {
        int[] runStarts = new int[0];
        int count = 0;
        for (int i = start; i < end; i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '`') {
                if (count == runStarts.length) {
                    runStarts = java.util.Arrays.copyOf(runStarts, Math.max(8, count * 2));
                }
                runStarts[count++] = i;
                while (i + 1 < end && body.charAt(i + 1) == '`') {
                    i++;
                }
            }
        }
        Map<Integer, Integer> nextOfLength = new HashMap<>();
        for (int r = count - 1; r >= 0; r--) {
            int length = runLength(body, runStarts[r], end);
            Integer next = nextOfLength.put(length, runStarts[r]);
            ends.put(runStarts[r], next == null ? runStarts[r] + length : next + length);
        }
    }

    /** Past the span opened at {@code i} (a run start found by the same scan), or past the run if none closes it. */
    int endOf(String body, int i, int end) {
        Integer known = ends.get(i);
        return known != null ? known : i + runLength(body, i, end);
    }

    private static int runLength(String body, int i, int end) {
        int run = i;
        while (run < end && body.charAt(run) == '`') {
            run++;
        }
        return run - i;
    }
}
