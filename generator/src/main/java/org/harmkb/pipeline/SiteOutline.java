package org.harmkb.pipeline;

import java.util.List;
import java.util.Map;
import org.harmkb.content.ContentSet;
import org.harmkb.content.FrontMatter;
import org.harmkb.content.SourcePage;
import org.harmkb.markdown.RenderedPage;

/**
 * Everything about the site an HTML pass may consult besides its own page: each page's place, front
 * matter and headings, and where drafts and static files are. Bodies and source line numbers are left
 * out, so editing the text of one article leaves the outline equal and no other page's HTML is processed
 * again. A pass that needs more of other pages must add it here, or its pages would keep stale results in
 * {@code serve}.
 *
 * @param pages in content-path order
 */
record SiteOutline(List<PageOutline> pages, List<String> drafts, Map<String, String> sitePaths) {

    /**
     * One page's part: its place, front matter without positions, its headings without lines, and the ids of
     * those that gave way to the theme's.
     */
    record PageOutline(String contentPath, String url, FrontMatter frontMatter, List<HeadingOutline> headings,
            Map<String, String> movedAnchors) {

        static PageOutline of(RenderedPage page) {
            SourcePage source = page.source();
            List<HeadingOutline> headings = page.headings().stream()
                    .map(h -> new HeadingOutline(h.level(), h.id(), h.text()))
                    .toList();
            return new PageOutline(source.contentPath(), source.url(), withoutPositions(source.frontMatter()), headings,
                    page.movedAnchors());
        }
    }

    record HeadingOutline(int level, String id, String text) {
    }

    /**
     * @param outlines each page's outline, in content-path order; a cache gives the same instance for an unchanged
     *                 page, which makes comparing two outlines cheap
     */
    static SiteOutline of(ContentSet content, List<PageOutline> outlines) {
        List<String> drafts = content.skippedDrafts().stream().map(SourcePage::contentPath).toList();
        return new SiteOutline(List.copyOf(outlines), drafts, content.sitePaths());
    }

    private static FrontMatter withoutPositions(FrontMatter fm) {
        return new FrontMatter(fm.title(), fm.description(), fm.tags(), fm.date(), fm.updated(), fm.lastReviewed(),
                fm.nextReview(), fm.contentNote(), fm.draft(), fm.series(), fm.seriesOrder(), fm.aliases(),
                fm.synonyms(), fm.pattern(), Map.of(), fm.sources());
    }
}
