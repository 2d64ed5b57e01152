package org.harmkb.template;

/**
 * One of a page's sources as templates show it, in the "Sources" section after the text.
 *
 * @param publisher   the organisation, or null
 * @param url         an http(s) address the config loader checked
 * @param checked     ISO date for {@code <time datetime>}; {@code checkedText} the same date in words
 */
public record SourceView(String title, String publisher, String url, String checked, String checkedText) {
}
