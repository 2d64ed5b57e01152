package org.harmkb.link;

import org.harmkb.content.SourcePage;

/** An old address from a page's {@code aliases}, which redirects to the page. */
public record Redirect(String from, SourcePage to) {
}
