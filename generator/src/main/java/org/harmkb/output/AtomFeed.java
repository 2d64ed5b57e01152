package org.harmkb.output;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.harmkb.config.SiteConfig;

/**
 * {@code feed.xml}: an Atom feed (RFC 4287) of the newest and most recently updated articles. Dates come
 * from front matter only, never the clock, so two builds of the same content give the same feed.
 */
public final class AtomFeed {

    /** How many entries the feed keeps: enough for a reader who checks monthly, small enough to fetch on a phone. */
    public static final int MAX_ENTRIES = 50;

    /** Site path of the file. */
    public static final String PATH = "/feed.xml";

    private static final LocalDate NO_DATE = LocalDate.of(1970, 1, 1);

    private AtomFeed() {
    }

    public static byte[] xml(SiteConfig config, List<PublishedPage> pages) {
        List<PublishedPage> entries = pages.stream()
                .filter(PublishedPage::article)
                .filter(page -> page.lastModified().isPresent())
                .sorted(Comparator.comparing((PublishedPage p) -> p.lastModified().get()).reversed()
                        .thenComparing(PublishedPage::url))
                .limit(MAX_ENTRIES)
                .toList();
        LocalDate newest = entries.isEmpty() ? NO_DATE : entries.get(0).lastModified().get();
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(Xml.escape(config.language())).append("\">\n");
        out.append("<title>").append(Xml.escape(config.title())).append("</title>\n");
        out.append("<subtitle>").append(Xml.escape(config.description())).append("</subtitle>\n");
        out.append("<id>").append(Xml.escape(config.absoluteUrl("/"))).append("</id>\n");
        out.append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(config.absoluteUrl("/"))).append("\"/>\n");
        out.append("<link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Xml.escape(config.absoluteUrl("/feed.xml")))
                .append("\"/>\n");
        out.append("<updated>").append(timestamp(newest)).append("</updated>\n");
        out.append("<author><name>").append(Xml.escape(config.title())).append("</name></author>\n");
        for (PublishedPage page : entries) {
            String url = Xml.escape(config.absoluteUrl(page.url()));
            out.append("<entry>\n");
            out.append("<title>").append(Xml.escape(page.title())).append("</title>\n");
            out.append("<id>").append(url).append("</id>\n");
            out.append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(url).append("\"/>\n");
            page.published().ifPresent(date -> out.append("<published>").append(timestamp(date)).append("</published>\n"));
            out.append("<updated>").append(timestamp(page.lastModified().get())).append("</updated>\n");
            out.append("<summary>").append(Xml.escape(page.summary())).append("</summary>\n");
            out.append("</entry>\n");
        }
        out.append("</feed>\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }
}
