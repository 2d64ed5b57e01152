package org.harmkb.content;

import java.time.LocalDate;

/**
 * One entry of a page's {@code sources:} front matter: where a fact on the page comes from, and when someone
 * last checked that the page still says it.
 *
 * @param title     the source page's title
 * @param publisher the organisation that publishes it, or null when not given
 * @param url       an absolute http(s) address
 * @param checked   the day the source was last read against the page
 */
public record Source(String title, String publisher, String url, LocalDate checked) {
}
