package org.harmkb.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Makes each section heading a link to itself ({@code <h2 id="x"><a class="heading-link" href="#x">…</a></h2>}),
 * so readers can copy a link to a section. The link's text is the heading's own text, so it is reachable
 * by keyboard and a screen reader announces it as "link, heading level 2, <text>" — no extra symbol to
 * read out or to leak into search excerpts. Headings that already contain a link are left alone: links
 * cannot nest.
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
            List<Node> children = new ArrayList<>(heading.childNodes());
            Element link = new Element("a").addClass("heading-link").attr("href", "#" + heading.id());
            children.forEach(Node::remove);
            children.forEach(link::appendChild);
            heading.appendChild(link);
        }
    }
}
