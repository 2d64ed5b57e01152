package org.harmkb.template;

import java.util.Map;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.FrontMatter;
import org.harmkb.content.SourcePage;
import org.harmkb.html.PageBody;

/**
 * Adds what the theme shows around a content page: {@code review} (a {@link ReviewView}) and
 * {@code breadcrumbs} (a {@link Breadcrumbs} trail, Home › Section › Page; null on the home page).
 * Immutable after construction, so safe to call from parallel renders.
 */
public final class ThemeModelContributor implements ModelContributor {

    private final BreadcrumbTrails trails;
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

    public ThemeModelContributor(SiteConfig config, BreadcrumbTrails trails) {
        this(config, trails, ReviewCache.NONE);
    }

    public ThemeModelContributor(SiteConfig config, BreadcrumbTrails trails, ReviewCache reviews) {
        this.reviews = reviews;
        this.trails = trails;
        this.dates = new DateText(config.language());
    }

    @Override
    public void contribute(PageBody page, Map<String, Object> model) {
        SourcePage source = page.page().source();
        FrontMatter fm = source.frontMatter();
        model.put("review", reviews.review(source, () -> new ReviewView(
                fm.lastReviewed().map(Object::toString).orElse(null), fm.lastReviewed().map(dates::format).orElse(null),
                fm.nextReview().map(Object::toString).orElse(null), fm.nextReview().map(dates::format).orElse(null))));
        if (!source.isHome()) {
            model.put("breadcrumbs", trails.of(source.url(), source.title()));
        }
    }
}
