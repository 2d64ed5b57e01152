package org.harmkb.link;

import org.harmkb.content.SourcePage;

/**
 * A page that links to another, with the sentence the link stands in, e.g.
 * {@code "You can read more in Making a complaint before you decide."}.
 */
public record Backlink(SourcePage from, String context) {
}
