package org.harmkb.html;

import java.util.List;
import org.harmkb.link.SiteGraph;

/** The HTML passes that need the site graph, in the order they must run, before the core passes. */
public final class LinkPasses {

    private LinkPasses() {
    }

    /**
     * Written addresses are rewritten first: the glossary and heading links added afterwards are already
     * final hrefs, and rewriting them again would add the base path twice.
     */
    public static List<HtmlPass> of(SiteGraph graph) {
        return List.of(new LinkRewriter(graph.targets(), graph::movedAnchors), new GlossaryLinker(graph.glossary()),
                new HeadingAnchors());
    }
}
