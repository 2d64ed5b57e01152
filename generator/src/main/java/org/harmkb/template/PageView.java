package org.harmkb.template;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.FrontMatter;

/**
 * One page as templates see it, as {@code page}. Strings are plain text (templates escape them) except
 * {@code body}, which is sanitised HTML. Absent optional values are {@code null}, which Pebble treats as
 * empty in {@code {% if %}}. Made by {@link #of} (a content page) or {@link #generated} (a page no file makes).
 *
 * @param address where the page is; templates read {@code page.url}, {@code page.href}, {@code page.canonicalUrl}
 * @param dates   the front matter's dates; templates read {@code page.date} and the others directly
 * @param sources the page's {@code sources:}, in the order written; empty for generated pages
 */
public record PageView(
        String title,
        String description,
        Address address,
        String body,
        String contentNote,
        List<String> tags,
        Dates dates,
        List<SourceView> sources) {

    public PageView {
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
    }

    /** A content page: its front matter, processed body and sources. */
    public static PageView of(FrontMatter fm, Address address, String body, List<SourceView> sources) {
        return new PageView(fm.title(), fm.description(), address, body, fm.contentNote().orElse(null), fm.tags(),
                Dates.of(fm), sources);
    }

    /** A page no content file makes (a topic, the A–Z index, 404…): no body, no dates, no sources. */
    public static PageView generated(String title, String description, Address address) {
        return new PageView(title, description, address, "", null, List.of(), Dates.NONE, List.of());
    }

    /** Site path such as {@code /rights/complaints/}. */
    public String url() {
        return address.url();
    }

    /** The URL as a link from any page (base path included). */
    public String href() {
        return address.href();
    }

    /** Absolute URL. */
    public String canonicalUrl() {
        return address.canonicalUrl();
    }

    public String date() {
        return dates.date();
    }

    public String updated() {
        return dates.updated();
    }

    public String lastReviewed() {
        return dates.lastReviewed();
    }

    public String nextReview() {
        return dates.nextReview();
    }

    /** A page's site path, its link href and its absolute URL. */
    public record Address(String url, String href, String canonicalUrl) {

        public static Address of(SiteConfig config, String url) {
            return new Address(url, config.href(url), config.absoluteUrl(url));
        }
    }

    /** ISO dates, each null when the front matter leaves it out. */
    public record Dates(String date, String updated, String lastReviewed, String nextReview) {

        public static final Dates NONE = new Dates(null, null, null, null);

        public static Dates of(FrontMatter fm) {
            return new Dates(iso(fm.date()), iso(fm.updated()), iso(fm.lastReviewed()), iso(fm.nextReview()));
        }

        private static String iso(Optional<LocalDate> date) {
            return date.map(LocalDate::toString).orElse(null);
        }
    }
}
