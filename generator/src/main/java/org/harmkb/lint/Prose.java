package org.harmkb.lint;

/**
 * The readable text of one block (a paragraph, heading or table cell) with, for every character, its offset
 * in the page's markdown body, so a finding inside the text can be reported at its source line and column.
 * Markup (emphasis markers, link targets, inline HTML) is left out; line breaks become spaces.
 */
public record Prose(Kind kind, String text, int[] offsets) {

    public enum Kind { PARAGRAPH, HEADING, TABLE_CELL }

    /** The body offset of character {@code index} of {@link #text()}. */
    public int offsetOf(int index) {
        if (offsets.length == 0) {
            return 0;
        }
        return offsets[Math.max(0, Math.min(index, offsets.length - 1))];
    }
}
