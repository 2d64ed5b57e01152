package org.harmkb.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.FrontMatter;
import org.harmkb.content.SourcePage;
import org.harmkb.html.PageBody;

/**
 * Adds what the theme shows around a content page: {@code review} (a {@link ReviewView}) and
 * {@code breadcrumbs} (the pages above this one, home first, as {@link PageLink}s; empty on the home page).
 * Immutable after construction, so safe to call from parallel renders.
 */
public final class ThemeModelContributor implements ModelContributor {

    private final Map<String, SourcePage> pagesByUrl;
    private final SiteConfig config;
    private final DateText dates;

    /**
     * Keeps a page's review dates in words between builds: they depend on its front matter alone (and on
     * the site's language). {@link #NONE} keeps nothing.
     */
    @FunctionalInterface
    public interface ReviewCache {
        ReviewCache NONE = (page, compute) -> compute.get();

        ReviewView review(SourcePage page, java.util.function.Supplier<ReviewView> compute);
    }

    private final ReviewCache reviews;

    public ThemeModelContributor(SiteConfig config, List<SourcePage> pages) {
        this(config, pages, ReviewCache.NONE);
    }

    public ThemeModelContributor(SiteConfig config, List<SourcePage> pages, ReviewCache reviews) {
        this.reviews = reviews;
        this.config = config;
        this.dates = new DateText(config.language());
        Map<String, SourcePage> byUrl = new HashMap<>();
        pages.forEach(page -> byUrl.put(page.url(), page));
        this.pagesByUrl = Map.copyOf(byUrl);
    }

    @Override
    public void contribute(PageBody page, Map<String, Object> model) {
        SourcePage source = page.page().source();
        FrontMatter fm = source.frontMatter();
        model.put("review", reviews.review(source, () -> new ReviewView(
                fm.lastReviewed().map(Object::toString).orElse(null), fm.lastReviewed().map(dates::format).orElse(null),
                fm.nextReview().map(Object::toString).orElse(null), fm.nextReview().map(dates::format).orElse(null))));
        model.put("breadcrumbs", breadcrumbs(source));
    }

    /**
     * Home, then each folder above the page that has a page of its own ({@code index.md}); folders without
     * one are left out rather than linked to a missing page.
     */
    List<PageLink> breadcrumbs(SourcePage page) {
        if (page.isHome()) {
            return List.of();
        }
        List<PageLink> trail = new ArrayList<>();
        trail.add(new PageLink("Home", "", config.href("/")));
        String url = page.url();
        for (int slash = url.indexOf('/', 1); slash >= 0 && slash < url.length() - 1; slash = url.indexOf('/', slash + 1)) {
            SourcePage ancestor = pagesByUrl.get(url.substring(0, slash + 1));
            if (ancestor != null && !ancestor.isHome()) {
                trail.add(new PageLink(ancestor.title(), ancestor.frontMatter().description(), config.href(ancestor.url())));
            }
        }
        return List.copyOf(trail);
    }
}
