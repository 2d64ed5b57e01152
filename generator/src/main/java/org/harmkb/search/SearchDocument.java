package org.harmkb.search;

import java.util.List;
import java.util.Optional;

/**
 * What the search index knows of one published page.
 *
 * @param href        the page's link, base path included, e.g. {@code /kb/rights/complaints/}
 * @param headings    the page's section headings (levels 2 and 3) with their anchors, in page order
 * @param body        the body's visible text
 * @param contentNote when present, shown in results instead of any body text
 */
public record SearchDocument(String href, String title, String description, List<Section> headings, String body,
        List<String> tags, Optional<String> contentNote) {

    public SearchDocument {
        headings = List.copyOf(headings);
        tags = List.copyOf(tags);
    }

    /** A heading: its anchor id and text. */
    public record Section(String id, String text) {
    }
}
