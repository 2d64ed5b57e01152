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
     * The section whose own text matches a term best, given the term's positions in the body (ascending):
     * per section, BM25's saturation of the term's count in its text (the length normalised by the page's
     * mean section length) plus {@link #HEADING_WEIGHT} times that of its count in the heading. Ties go to
     * the earlier section; 0 when no section after the introduction holds the term.
     */
    int best(int[] termPositions) {
        int sections = starts.length + 1;
        int[] inText = new int[sections];
        int[] inHeading = new int[sections];
        for (int position : termPositions) {
            int s = sectionOf(position);
            if (s > 0 && position < headingEnds[s - 1]) {
                inHeading[s]++;
            } else {
                inText[s]++;
            }
        }
        float mean = Math.max(1f, (float) end / sections);
        int best = 0;
        float bestScore = 0;
        for (int s = 1; s < sections; s++) {
            int from = starts[s - 1];
            int to = s < starts.length ? starts[s] : end;
            float score = saturate(inText[s], to - from, mean) + HEADING_WEIGHT * saturate(inHeading[s], 1, mean);
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        return best;
    }

    private static float saturate(int freq, int length, float mean) {
        return freq == 0 ? 0 : freq / (freq + K1 * (1 - B + B * length / mean));
    }

    /** 0 before the first heading, else the number of headings starting at or before {@code position}. */
    int sectionOf(int position) {
        int i = Arrays.binarySearch(starts, position);
        if (i < 0) {
            return -i - 1;
        }
        // Empty sections share a start: the last of them holds the position.
        while (i + 1 < starts.length && starts[i + 1] == position) {
            i++;
        }
        return i + 1;
    }
}
