package org.harmkb.html;

import org.jsoup.nodes.Document;

/**
 * One transformation of a page body, run after sanitising. Built-in passes (URL rewriting, external
 * link attributes) implement this same interface. A pass may change the document it is given: each
 * page's document is private to one thread.
 */
public interface HtmlPass {

    void apply(Document body, PageContext context);
}
