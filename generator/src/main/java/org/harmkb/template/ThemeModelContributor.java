package org.harmkb.template;

import java.util.Map;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.FrontMatter;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.html.PageBody;
import org.harmkb.memo.Memo;
import org.harmkb.memo.MemoStage;
import org.harmkb.memo.Memos;

/**
 * Adds what the theme shows around a content page: {@code review} (a {@link ReviewView}) and
 * {@code breadcrumbs} (a {@link Breadcrumbs} trail, Home › Section › Page; null on the home page).
 * Immutable after construction, so safe to call from parallel renders.
 */
public final class ThemeModelContributor implements ModelContributor {

    private final BreadcrumbTrails trails;
    private final DateText dates;

    /** A page's review dates in words: they depend on its front matter alone (and on the site's language). */
    private static final MemoStage<Void, FrontMatter, ReviewView> REVIEWS = new MemoStage<>("review dates");

    private final Memo<FrontMatter, ReviewView> reviews;
    private final Diagnostics diagnostics;

    public ThemeModelContributor(SiteConfig config, BreadcrumbTrails trails) {
        this(config, trails, Memos.NONE, new Diagnostics());
    }

    /** @param memos what a session keeps between builds; @param diagnostics where kept results replay theirs */
    public ThemeModelContributor(SiteConfig config, BreadcrumbTrails trails, Memos memos, Diagnostics diagnostics) {
        this.reviews = memos.stage(REVIEWS, () -> null);
        this.diagnostics = diagnostics;
        this.trails = trails;
        this.dates = new DateText(config.language());
    }

    @Override
    public void contribute(PageBody page, Map<String, Object> model) {
        SourcePage source = page.page().source();
        FrontMatter fm = source.frontMatter();
        model.put("review", reviews.apply(source.contentPath(), fm, diagnostics, d -> new ReviewView(
                fm.lastReviewed().map(Object::toString).orElse(null), fm.lastReviewed().map(dates::format).orElse(null),
                fm.nextReview().map(Object::toString).orElse(null), fm.nextReview().map(dates::format).orElse(null))));
        if (!source.isHome()) {
            model.put("breadcrumbs", trails.of(source.url(), source.title()));
        }
    }
}
