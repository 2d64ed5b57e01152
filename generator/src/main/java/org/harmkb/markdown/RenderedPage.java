package org.harmkb.markdown;

import java.util.List;
import java.util.Map;
import org.harmkb.content.SourcePage;

/**
 * A page after markdown rendering: the body as HTML exactly as Flexmark produced it (not yet sanitised:
 * the {@code html} stage does that), the headings with their anchor ids, and the links the author wrote
 * (for the link stage to check), in document order.
 *
 * @param movedAnchors for a heading whose id the theme's templates use, the id written for it ({@code support})
 *                     → the id it has instead ({@code support-1}); links written with the first land on the second
 */
public record RenderedPage(SourcePage source, String html, List<Heading> headings, List<LinkReference> links,
        Map<String, String> movedAnchors) {

    public RenderedPage {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        movedAnchors = Map.copyOf(movedAnchors);
    }

    /** A page without collected links, e.g. in tests of later stages. */
    public RenderedPage(SourcePage source, String html, List<Heading> headings) {
        this(source, html, headings, List.of(), Map.of());
    }

    /**
     * This page without its HTML as Flexmark produced it: what a {@code PageBody} keeps once the HTML stage has
     * made the processed HTML from it, so that a build does not hold every page's HTML twice (0.7 GB at
     * 100,000 pages). Its {@link #html()} is empty.
     */
    public RenderedPage withoutHtml() {
        return html.isEmpty() ? this : new RenderedPage(source, "", headings, links, movedAnchors);
    }

    /** Whether {@code id} is an anchor this page defines. */
    public boolean hasAnchor(String id) {
        return headings.stream().anyMatch(h -> h.id().equals(id));
    }
}
