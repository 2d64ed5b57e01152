package org.harmkb.template;

/** Site-wide values every template can read as {@code site}. */
public record SiteView(String title, String description, String language, String basePath, String homeHref) {
}
