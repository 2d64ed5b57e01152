package org.harmkb.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Gives links to other sites {@code rel="noopener noreferrer"}, so the reader's visit is not disclosed. */
public final class ExternalLinkAttributes implements HtmlPass {

    @Override
    public void apply(Document body, PageContext context) {
        for (Element link : body.select("a[href]")) {
            String href = link.attr("href");
            if (href.startsWith("http://") || href.startsWith("https://") || href.startsWith("//")) {
                link.attr("rel", "noopener noreferrer");
            }
        }
    }
}
