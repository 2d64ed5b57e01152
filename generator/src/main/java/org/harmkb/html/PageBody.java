package org.harmkb.html;

import org.harmkb.markdown.RenderedPage;

/**
 * A page body after every HTML pass: safe to insert into a template unescaped.
 *
 * @param page the rendered page it was made from, {@linkplain RenderedPage#withoutHtml() without its unprocessed HTML}
 * @param html sanitised, rewritten body HTML
 * @param text the body's visible text, whitespace-collapsed, for search, excerpts and lints
 */
public record PageBody(RenderedPage page, String html, String text) {
}
