package org.harmkb.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Gives each section heading a small link to itself for copying a section's address
 * ({@code <h2 id="x">Text<a class="heading-anchor" href="#x" aria-hidden="true" tabindex="-1"></a></h2>}), which
 * the theme shows as "#" on hover and when the heading is the page's target. The heading stays plain text;
 * the link has no text of its own (the "#" is drawn by CSS), so nothing leaks into search excerpts, and it is
 * neither a tab stop nor read out: keyboard and screen-reader readers reach sections through the contents list,
 * so a section costs at most one tab stop. Headings that already contain a link are left alone.
 */
public final class HeadingAnchors implements HtmlPass {

    /** Parsed once: the selector is the same for every page. */
    private static final Evaluator SECTION_HEADINGS = QueryParser.parse("h2[id], h3[id], h4[id], h5[id], h6[id]");

    @Override
    public void apply(Document body, PageContext context) {
        for (Element heading : body.select(SECTION_HEADINGS)) {
            if (heading.childNodeSize() == 0 || !heading.getElementsByTag("a").isEmpty()) {
                continue;
            }
            heading.appendElement("a").addClass("heading-anchor").attr("href", "#" + heading.id())
                    .attr("aria-hidden", "true").attr("tabindex", "-1");
        }
    }
}
