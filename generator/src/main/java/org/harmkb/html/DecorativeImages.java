package org.harmkb.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Images marked decorative in markdown ({@code ![](swirl.png "decorative")}) get an empty alt, which tells
 * screen readers to skip them, and lose the marker title, which would otherwise show as a tooltip.
 */
public final class DecorativeImages implements HtmlPass {

    @Override
    public void apply(Document body, PageContext context) {
        for (Element img : body.select("img[title]")) {
            if (img.attr("title").strip().equalsIgnoreCase("decorative") && img.attr("alt").isBlank()) {
                img.removeAttr("title");
                img.attr("alt", "");
            }
        }
    }
}
