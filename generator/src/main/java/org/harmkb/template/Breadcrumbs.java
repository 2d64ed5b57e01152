package org.harmkb.template;

import static org.harmkb.diagnostic.JsonText.quote;

import java.util.List;

/**
 * The trail of pages above one page, as {@code breadcrumbs}: {@code Home › Section › Page}. Templates show
 * {@link #trail()} as links and {@link #current()} as the last item, and put {@link #jsonLd()} in a
 * {@code BreadcrumbList} block for search engines. A value.
 *
 * @param trail      the pages above, home first; never empty
 * @param current    the page's own title
 * @param currentUrl the page's absolute URL
 */
public record Breadcrumbs(List<Crumb> trail, String current, String currentUrl) {

    public Breadcrumbs {
        trail = List.copyOf(trail);
    }

    /** One page above: its title, its href from any page, and its absolute URL. */
    public record Crumb(String title, String href, String url) {
    }

    /**
     * schema.org {@code BreadcrumbList} JSON-LD, escaped for a {@code <script type="application/ld+json">}
     * block (output it with {@code | raw}).
     */
    public String jsonLd() {
        StringBuilder json = new StringBuilder("{\"@context\":\"https://schema.org\",\"@type\":\"BreadcrumbList\",\"itemListElement\":[");
        for (int i = 0; i < trail.size(); i++) {
            item(json, i + 1, trail.get(i).title(), trail.get(i).url()).append(',');
        }
        item(json, trail.size() + 1, current, currentUrl);
        return json.append("]}").toString();
    }

    private static StringBuilder item(StringBuilder json, int position, String name, String url) {
        return json.append("{\"@type\":\"ListItem\",\"position\":").append(position)
                .append(",\"name\":").append(quote(name))
                .append(",\"item\":").append(quote(url)).append('}');
    }
}
