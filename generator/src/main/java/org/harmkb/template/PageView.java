package org.harmkb.template;

import java.util.List;

/**
 * One page as templates see it, as {@code page}. Strings are plain text (templates escape them) except
 * {@code body}, which is sanitised HTML. Absent optional values are {@code null}, which Pebble treats as
 * empty in {@code {% if %}}.
 *
 * @param url          site path such as {@code /rights/complaints/}
 * @param href         the URL as a link from any page (base path included)
 * @param canonicalUrl absolute URL
 * @param date         ISO date or null; likewise {@code updated}, {@code lastReviewed}, {@code nextReview}
 * @param sources      the page's {@code sources:}, in the order written; empty for most generated pages
 */
public record PageView(
        String title,
        String description,
        String url,
        String href,
        String canonicalUrl,
        String body,
        String contentNote,
        List<String> tags,
        String date,
        String updated,
        String lastReviewed,
        String nextReview,
        List<SourceView> sources) {

    public PageView {
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
    }

    /** A page without sources (generated pages). */
    public PageView(String title, String description, String url, String href, String canonicalUrl, String body,
            String contentNote, List<String> tags, String date, String updated, String lastReviewed, String nextReview) {
        this(title, description, url, href, canonicalUrl, body, contentNote, tags, date, updated, lastReviewed, nextReview,
                List.of());
    }
}
