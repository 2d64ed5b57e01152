package org.harmkb.markdown;

/**
 * A heading in a rendered page.
 *
 * @param level 1–6
 * @param id    the generated GitHub-style anchor id, unique within the page
 * @param text  the heading's plain text
 * @param line  1-based line in the source file
 */
public record Heading(int level, String id, String text, int line) {
}
