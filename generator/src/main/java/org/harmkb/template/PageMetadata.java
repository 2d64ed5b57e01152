package org.harmkb.template;

import static org.harmkb.diagnostic.JsonText.quote;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.FrontMatter;
import org.harmkb.content.SourcePage;
import org.harmkb.html.PageBody;

/**
 * Adds {@code meta} ({@link MetaView}) to every content page's model: OpenGraph values and schema.org
 * JSON-LD — {@code WebSite} for the home page, {@code Article} for every other page. Stateless.
 */
public final class PageMetadata implements ModelContributor {

    private final SiteConfig config;

    public PageMetadata(SiteConfig config) {
        this.config = config;
    }

    @Override
    public void contribute(PageBody body, Map<String, Object> model) {
        model.put("meta", view(body.page().source()));
    }

    MetaView view(SourcePage page) {
        FrontMatter fm = page.frontMatter();
        String preview = fm.contentNote().map(note -> "Content note: " + note).orElse(fm.description());
        String locale = config.language().replace('-', '_');
        String jsonLd = page.isHome() ? website() : article(page, preview);
        return new MetaView(page.isHome() ? "website" : "article", preview, locale, jsonLd);
    }

    private String website() {
        return "{\"@context\":\"https://schema.org\",\"@type\":\"WebSite\""
                + ",\"name\":" + quote(config.title())
                + ",\"description\":" + quote(config.description())
                + ",\"url\":" + quote(config.absoluteUrl("/"))
                + ",\"inLanguage\":" + quote(config.language()) + "}";
    }

    private String article(SourcePage page, String description) {
        FrontMatter fm = page.frontMatter();
        String url = config.absoluteUrl(page.url());
        StringBuilder json = new StringBuilder("{\"@context\":\"https://schema.org\",\"@type\":\"Article\"");
        json.append(",\"headline\":").append(quote(fm.title()));
        json.append(",\"description\":").append(quote(description));
        json.append(",\"url\":").append(quote(url));
        json.append(",\"mainEntityOfPage\":").append(quote(url));
        json.append(",\"inLanguage\":").append(quote(config.language()));
        date(fm.date()).ifPresent(d -> json.append(",\"datePublished\":").append(quote(d)));
        date(fm.updated().or(fm::date)).ifPresent(d -> json.append(",\"dateModified\":").append(quote(d)));
        if (!fm.tags().isEmpty()) {
            json.append(",\"keywords\":").append(quote(String.join(", ", fm.tags())));
        }
        json.append(",\"isPartOf\":{\"@type\":\"WebSite\",\"name\":").append(quote(config.title()))
                .append(",\"url\":").append(quote(config.absoluteUrl("/"))).append('}');
        json.append(",\"publisher\":{\"@type\":\"Organization\",\"name\":").append(quote(config.title())).append('}');
        return json.append('}').toString();
    }

    private static Optional<String> date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString);
    }
}
