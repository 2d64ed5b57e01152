package org.harmkb.output;

import java.util.ArrayList;
import java.util.List;
import org.harmkb.template.GeneratedPage;

/** The pages the sitemap and the feed list, in site order. */
public final class PublishedPages {

    private PublishedPages() {
    }

    /**
     * Every content page, as {@link PublishedPage#of} made it (through a build cache, which keeps the instances of
     * unchanged pages), and every generated page with a folder URL unless it is {@code noindex} (redirects, the
     * search page). The 404 page is never listed.
     */
    public static List<PublishedPage> of(List<PublishedPage> contentPages, List<GeneratedPage> generated) {
        List<PublishedPage> published = new ArrayList<>(contentPages.size() + generated.size());
        published.addAll(contentPages);
        for (GeneratedPage page : generated) {
            if (page.url().endsWith("/") && !page.noindex()) {
                published.add(PublishedPage.listing(page.url(), page.url()));
            }
        }
        return published;
    }
}
