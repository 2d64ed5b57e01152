package org.harmkb.template;

import static org.harmkb.diagnostic.JsonText.quote;

import java.util.List;

/**
 * Link-preview and structured-data metadata of one content page, as templates see it under {@code meta}
 * (rendered by {@code partials/meta.peb}). A value: two pages' metadata are equal when every field is, so
 * {@code serve} can tell that a page's head did not change without rendering it.
 *
 * @param type          OpenGraph type: {@code website} for the home page, {@code article} otherwise
 * @param title         the page title
 * @param description   what link previews show: the content note when the page has one, so distressing
 *                      text never appears in a preview unasked, else the description
 * @param url           the page's absolute URL
 * @param language      the site language, e.g. {@code en-GB}
 * @param published     ISO date or null
 * @param modified      ISO date ({@code updated}, else {@code date}) or null
 * @param keywords      the page's tags
 * @param siteName      the site title
 * @param siteUrl       the site's absolute home URL
 * @param siteDescription the site description (for the home page's {@code WebSite} data)
 */
public record MetaView(String type, String title, String description, String url, String language, String published,
        String modified, List<String> keywords, String siteName, String siteUrl, String siteDescription) {

    public MetaView {
        keywords = List.copyOf(keywords);
    }

    /** OpenGraph locale such as {@code en_GB}. */
    public String locale() {
        return language.replace('-', '_');
    }

    /**
     * schema.org JSON-LD: {@code WebSite} for the home page, {@code Article} otherwise; escaped for a
     * {@code <script type="application/ld+json">} block (output it with {@code | raw}).
     */
    public String jsonLd() {
        if (type.equals("website")) {
            return "{\"@context\":\"https://schema.org\",\"@type\":\"WebSite\""
                    + ",\"name\":" + quote(siteName)
                    + ",\"description\":" + quote(siteDescription)
                    + ",\"url\":" + quote(siteUrl)
                    + ",\"inLanguage\":" + quote(language) + "}";
        }
        StringBuilder json = new StringBuilder("{\"@context\":\"https://schema.org\",\"@type\":\"Article\"");
        json.append(",\"headline\":").append(quote(title));
        json.append(",\"description\":").append(quote(description));
        json.append(",\"url\":").append(quote(url));
        json.append(",\"mainEntityOfPage\":").append(quote(url));
        json.append(",\"inLanguage\":").append(quote(language));
        if (published != null) {
            json.append(",\"datePublished\":").append(quote(published));
        }
        if (modified != null) {
            json.append(",\"dateModified\":").append(quote(modified));
        }
        if (!keywords.isEmpty()) {
            json.append(",\"keywords\":").append(quote(String.join(", ", keywords)));
        }
        json.append(",\"isPartOf\":{\"@type\":\"WebSite\",\"name\":").append(quote(siteName))
                .append(",\"url\":").append(quote(siteUrl)).append('}');
        json.append(",\"publisher\":{\"@type\":\"Organization\",\"name\":").append(quote(siteName)).append('}');
        return json.append('}').toString();
    }
}
