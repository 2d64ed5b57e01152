package org.harmkb.template;

import java.time.LocalDate;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.FrontMatter;
import org.harmkb.content.SourcePage;

/**
 * The {@code meta} value ({@link MetaView}) of every content page: OpenGraph values and schema.org
 * JSON-LD — {@code WebSite} for the home page, {@code Article} for every other page. Stateless.
 */
public final class PageMetadata {

    private final SiteConfig config;
    private final String siteUrl;

    public PageMetadata(SiteConfig config) {
        this.config = config;
        this.siteUrl = config.absoluteUrl("/");
    }

    /** The metadata of one page: a function of the page and the config only. */
    public MetaView view(SourcePage page) {
        FrontMatter fm = page.frontMatter();
        String preview = fm.contentNote().map(note -> "Content note: " + note).orElse(fm.description());
        return new MetaView(page.isHome() ? "website" : "article", fm.title(), preview, config.absoluteUrl(page.url()),
                config.language(), fm.date().map(LocalDate::toString).orElse(null),
                fm.updated().or(fm::date).map(LocalDate::toString).orElse(null), fm.tags(), config.title(), siteUrl,
                config.description());
    }
}
