package org.harmkb.output;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.harmkb.content.SourcePage;
import org.harmkb.template.GeneratedPage;

/** The pages the sitemap and the feed list, in site order. */
public final class PublishedPages {

    private PublishedPages() {
    }

    /**
     * Every content page (as {@code publish} makes it, e.g. {@link PublishedPage#of} through a build cache), and
     * every generated page with a folder URL unless it is {@code noindex} (redirects, the search page).
     * The 404 page is never listed.
     */
    public static List<PublishedPage> of(List<SourcePage> pages, List<GeneratedPage> generated,
            Function<SourcePage, PublishedPage> publish) {
        List<PublishedPage> published = new ArrayList<>(pages.size() + generated.size());
        pages.forEach(page -> published.add(publish.apply(page)));
        for (GeneratedPage page : generated) {
            if (page.url().endsWith("/") && !page.noindex()) {
                published.add(PublishedPage.listing(page.url(), page.url()));
            }
        }
        return published;
    }
}
