package org.harmkb.template;

import java.util.Map;

/**
 * A page that has no markdown source: a topic page, the A–Z index, the search page, a redirect.
 *
 * @param url      site path it is written to, e.g. {@code /topics/consent/} or {@code /404.html}
 * @param template theme template name without {@code .peb}
 * @param model    template values besides {@code site}, which every page gets
 */
public record GeneratedPage(String url, String template, Map<String, Object> model) {

    public GeneratedPage {
        model = Map.copyOf(model);
    }
}
