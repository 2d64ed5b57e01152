package org.harmkb.markdown;

import java.util.List;
import java.util.Map;
import org.harmkb.content.SourcePage;

/**
 * A page after markdown rendering: the body as HTML exactly as Flexmark produced it (not yet sanitised:
 * the {@code html} stage does that), the headings with their anchor ids, and the links the author wrote
 * (for the link stage to check), in document order.
 *
 * @param source       the page, {@link SourcePage#withoutBody() without its markdown}: what stages after markdown
 *                     read of it is here
 * @param movedAnchors for a heading whose id the theme's templates use, the id written for it ({@code support})
 *                     → the id it has instead ({@code support-1}); links written with the first land on the second
 * @param placeholders the config placeholders written in the markdown, as written ({@code [[helpline:samaritans]]}),
 *                     in order: see {@link ConfigPlaceholders#writtenIn}
 */
public record RenderedPage(SourcePage source, String html, List<Heading> headings, List<LinkReference> links,
        Map<String, String> movedAnchors, List<String> placeholders) {

    public RenderedPage {
        source = source.withoutBody();
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        movedAnchors = Map.copyOf(movedAnchors);
        placeholders = List.copyOf(placeholders);
    }

    /** A page without collected links or placeholders, e.g. in tests of later stages. */
    public RenderedPage(SourcePage source, String html, List<Heading> headings) {
        this(source, html, headings, List.of(), Map.of(), List.of());
    }

    /**
     * This page without its HTML as Flexmark produced it: what a {@code PageBody} keeps once the HTML stage has
     * made the processed HTML from it, so that a build does not hold every page's HTML twice (0.7 GB at
     * 100,000 pages). Its {@link #html()} is empty.
     */
    public RenderedPage withoutHtml() {
        return html.isEmpty() ? this : new RenderedPage(source, "", headings, links, movedAnchors, placeholders);
    }

    /**
     * This rendering with {@code page} as its source: the same page (same content path), as another stage holds it, so
     * that stages comparing pages by identity first find them the same.
     */
    public RenderedPage withSource(SourcePage page) {
        if (!page.contentPath().equals(source.contentPath())) {
            throw new IllegalArgumentException(page.contentPath() + " is not the page rendered, " + source.contentPath());
        }
        return new RenderedPage(page, html, headings, links, movedAnchors, placeholders);
    }

    /** Whether {@code id} is an anchor this page defines. */
    public boolean hasAnchor(String id) {
        return headings.stream().anyMatch(h -> h.id().equals(id));
    }
}
