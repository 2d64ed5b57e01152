package org.harmkb.search;

import java.util.Arrays;

/**
 * A page's body cut into its sections, in the body field's token positions: section 0 is the text before
 * the first heading, section {@code i} starts at heading {@code i} of {@link SearchDocument#headings()}
 * and runs to the next. {@link #best} picks the section whose own text matches a term best, which the
 * index stores beside each body posting so that a result can deep-link there (see {@code search-page.js}).
 *
 * @param starts      per heading, the position of its first token
 * @param headingEnds per heading, the position after its last token (the heading's own words are
 *                    {@code starts[i]} up to here)
 * @param end         the position after the body's last token
 */
record BodySections(int[] starts, int[] headingEnds, int end) {

    /** BM25's defaults, applied within a page: a section's length is compared with the page's mean. */
    private static final float K1 = 1.2f;
    private static final float B = 0.75f;
    /** A term in a section's heading counts as the field boosts count the headings field against the body. */
    private static final float HEADING_WEIGHT = 4f;

    /**
     * The sections of {@code doc}, its headings found in order in the body text, given the body's tokens as
     * the body field indexes them (see {@link BodyTokenRecorder}): each token's position and start offset,
     * both ascending. A heading the body does not contain (text extraction differs) becomes an empty
     * section, never chosen.
     */
    static BodySections of(SearchDocument doc, int[] positions, int[] offsets) {
        int count = doc.headings().size();
        int[] starts = new int[count];
        int[] headingEnds = new int[count];
        int end = positions.length == 0 ? 0 : positions[positions.length - 1] + 1;
        int cursor = 0;
        for (int i = 0; i < count; i++) {
            String heading = doc.headings().get(i).text();
            int at = heading.isEmpty() ? -1 : doc.body().indexOf(heading, cursor);
            int from = at < 0 ? cursor : at;
            int to = at < 0 ? cursor : at + heading.length();
            starts[i] = positionAt(positions, offsets, from, end);
            headingEnds[i] = positionAt(positions, offsets, to, end);
            cursor = to;
        }
        return new BodySections(starts, headingEnds, end);
    }

    /** The position of the first token starting at or after char offset {@code offset}; {@code end} if none. */
    private static int positionAt(int[] positions, int[] offsets, int offset, int end) {
        int i = Arrays.binarySearch(offsets, offset);
        if (i < 0) {
            i = -i - 1;
        }
        return i < positions.length ? positions[i] : end;
    }

    /**
     * The section whose own text matches a term best, given the term's positions in the body (the first
     * {@code positions.size()}, ascending): per section, BM25's saturation of the term's count in its text (the
     * length normalised by the page's mean section length) plus {@link #HEADING_WEIGHT} times that of its count in
     * the heading. Ties go to the earlier section; 0 when no section after the introduction holds the term.
     *
     * <p>Called for every posting of the body field (tens of millions at 100,000 pages, on the export's one
     * thread), so it walks positions and sections side by side, both in order, and allocates nothing. A position
     * is in section {@code s} when {@code s} headings start at or before it; sections sharing a start are empty.
     */
    int best(IntList positions) {
        int headings = starts.length;
        int count = positions.size();
        int i = 0;
        // The introduction's positions: never chosen.
        while (i < count && (headings == 0 || positions.get(i) < starts[0])) {
            i++;
        }
        float mean = Math.max(1f, (float) end / (headings + 1));
        int best = 0;
        float bestScore = 0;
        for (int s = 1; s <= headings && i < count; s++) {
            int next = s < headings ? starts[s] : end;
            int inText = 0;
            int inHeading = 0;
            for (; i < count && (s == headings || positions.get(i) < next); i++) {
                if (positions.get(i) < headingEnds[s - 1]) {
                    inHeading++;
                } else {
                    inText++;
                }
            }
            // A section without the term scores 0, which never beats the best so far.
            if (inText + inHeading > 0) {
                float score = saturate(inText, next - starts[s - 1], mean) + HEADING_WEIGHT * saturate(inHeading, 1, mean);
                if (score > bestScore) {
                    best = s;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private static float saturate(int freq, int length, float mean) {
        return freq == 0 ? 0 : freq / (freq + K1 * (1 - B + B * length / mean));
    }
}
