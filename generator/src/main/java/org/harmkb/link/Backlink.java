package org.harmkb.link;

/**
 * A page that links to another, with the sentence the link stands in, e.g.
 * {@code "You can read more in Making a complaint before you decide."}.
 *
 * @param title the linking page's title
 * @param url   the linking page's site path
 */
public record Backlink(String title, String url, String context) {
}
