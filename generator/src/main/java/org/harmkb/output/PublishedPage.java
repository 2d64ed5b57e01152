package org.harmkb.output;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.harmkb.content.SourcePage;

/**
 * A page as the sitemap and the feed list it.
 *
 * @param url       site path, e.g. {@code /rights/complaints/}
 * @param summary   one plain sentence for feed readers: the content note when the page has one, so
 *                  distressing text is never shown unasked, else the description
 * @param published front matter {@code date}
 * @param updated   front matter {@code updated}
 * @param article   whether it belongs in the feed (content pages do; generated lists and the home page do not)
 */
public record PublishedPage(String url, String title, String summary, Optional<LocalDate> published,
        Optional<LocalDate> updated, boolean article) {

    public PublishedPage {
        Objects.requireNonNull(url);
        Objects.requireNonNull(title);
        Objects.requireNonNull(summary);
        Objects.requireNonNull(published);
        Objects.requireNonNull(updated);
    }

    /** A content page; the home page is not an article. */
    public static PublishedPage of(SourcePage page) {
        String summary = page.frontMatter().contentNote().map(note -> "Content note: " + note)
                .orElse(page.frontMatter().description());
        return new PublishedPage(page.url(), page.title(), summary, page.frontMatter().date(), page.frontMatter().updated(),
                !page.isHome());
    }

    /** A generated page (topic, A–Z index): listed in the sitemap only. */
    public static PublishedPage listing(String url, String title) {
        return new PublishedPage(url, title, "", Optional.empty(), Optional.empty(), false);
    }

    /** The date the page last changed: {@code updated}, else {@code published}. */
    public Optional<LocalDate> lastModified() {
        return updated.or(() -> published);
    }
}
