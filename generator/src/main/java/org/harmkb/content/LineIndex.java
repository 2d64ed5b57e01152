package org.harmkb.content;

import java.util.Arrays;

/**
 * Line numbers of offsets in one text, found by binary search over the line starts. Flexmark's own
 * {@code Node.getStartLineNumber()} counts line breaks from the start of the document on every call, which
 * makes a page with many links quadratic (a 5 MB article took minutes).
 */
public final class LineIndex {

    private final int[] lineStarts;

    public LineIndex(String text) {
        int[] starts = new int[64];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** The 0-based line that {@code offset} is on, as {@code Node.getStartLineNumber()} counts it. */
    public int lineOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found : Math.max(0, -found - 2);
    }

    /** The 1-based column of {@code offset} on its line. */
    public int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset)] + 1;
    }
}
