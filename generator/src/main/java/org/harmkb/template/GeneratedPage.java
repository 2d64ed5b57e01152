package org.harmkb.template;

/**
 * A page that has no markdown source: a topic page, the A–Z index, the search page, a redirect.
 *
 * @param url      site path it is written to, e.g. {@code /topics/consent/} or {@code /404.html}
 * @param template theme template name without {@code .peb}
 * @param model    template values; {@code site}, which every page gets, is added when the page is rendered
 * @param noindex  whether the sitemap and feed leave it out (redirects, the search page)
 */
public record GeneratedPage(String url, String template, PageModel model, boolean noindex) {
}
