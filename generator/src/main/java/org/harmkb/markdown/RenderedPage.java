package org.harmkb.markdown;

import java.util.List;
import org.harmkb.content.SourcePage;

/**
 * A page after markdown rendering: the body as HTML exactly as Flexmark produced it (not yet sanitised:
 * the {@code html} stage does that) and the headings with their anchor ids.
 */
public record RenderedPage(SourcePage source, String html, List<Heading> headings) {

    public RenderedPage {
        headings = List.copyOf(headings);
    }

    /** Whether {@code id} is an anchor this page defines. */
    public boolean hasAnchor(String id) {
        return headings.stream().anyMatch(h -> h.id().equals(id));
    }
}
