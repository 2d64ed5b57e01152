package org.harmkb.template;

import org.harmkb.config.SiteConfig;
import org.harmkb.content.FrontMatter;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.memo.Memo;
import org.harmkb.memo.MemoStage;
import org.harmkb.memo.Memos;

/**
 * What the theme shows around a content page: its {@code review} dates in words and its {@code breadcrumbs}
 * (Home › Section › Page). Immutable after construction, so safe to call from parallel renders.
 */
public final class ThemeViews {

    /** A page's review dates in words: they depend on its front matter alone (and on the site's language). */
    private static final MemoStage<Void, FrontMatter, ReviewView> REVIEWS = new MemoStage<>("review dates");

    private final BreadcrumbTrails trails;
    private final DateText dates;
    private final Memo<FrontMatter, ReviewView> reviews;
    private final Diagnostics diagnostics;

    public ThemeViews(SiteConfig config, BreadcrumbTrails trails) {
        this(config, trails, Memos.NONE, new Diagnostics());
    }

    /** @param memos what a session keeps between builds; @param diagnostics where kept results replay theirs */
    public ThemeViews(SiteConfig config, BreadcrumbTrails trails, Memos memos, Diagnostics diagnostics) {
        this.reviews = memos.stage(REVIEWS, () -> null);
        this.diagnostics = diagnostics;
        this.trails = trails;
        this.dates = new DateText(config.language());
    }

    /** The page's review dates, ISO and in words; never null. */
    public ReviewView review(SourcePage source) {
        FrontMatter fm = source.frontMatter();
        return reviews.apply(source.contentPath(), fm, diagnostics, d -> new ReviewView(
                fm.lastReviewed().map(Object::toString).orElse(null), fm.lastReviewed().map(dates::format).orElse(null),
                fm.nextReview().map(Object::toString).orElse(null), fm.nextReview().map(dates::format).orElse(null)));
    }

    /** The trail above the page; null on the home page, which has none. */
    public Breadcrumbs breadcrumbs(SourcePage source) {
        return source.isHome() ? null : trails.of(source.url(), source.title());
    }
}
