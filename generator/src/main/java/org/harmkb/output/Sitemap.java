package org.harmkb.output;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.harmkb.config.SiteConfig;

/** {@code sitemap.xml} (sitemaps.org 0.9): every published page's absolute URL, sorted, with its last change date. */
public final class Sitemap {

    /** Site path of the file. */
    public static final String PATH = "/sitemap.xml";

    private Sitemap() {
    }

    public static byte[] xml(SiteConfig config, List<PublishedPage> pages) {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pages.stream().sorted(Comparator.comparing(PublishedPage::url)).distinct().forEach(page -> {
            out.append("<url><loc>").append(Xml.escape(config.absoluteUrl(page.url()))).append("</loc>");
            page.lastModified().ifPresent(date -> out.append("<lastmod>").append(date).append("</lastmod>"));
            out.append("</url>\n");
        });
        out.append("</urlset>\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
