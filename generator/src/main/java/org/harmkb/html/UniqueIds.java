package org.harmkb.html;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Keeps every id in a page's body unique on the whole page. An element whose id a theme template uses
 * ({@code <h3 id="site-search">} in raw HTML), or that an earlier element or a heading of the body already
 * has, gets {@code -1}, {@code -2}, … added. Headings keep the ids the markdown stage gave them, which are
 * unique already and which the table of contents and checked links use. A link in the body to an id that
 * had to give way to the theme follows it. Runs before the passes that add links to ids.
 */
public final class UniqueIds implements HtmlPass {

    private static final Evaluator WITH_ID = QueryParser.parse("[id]");
    private static final Evaluator FRAGMENT_LINKS = QueryParser.parse("a[href^=#]");

    private final Set<String> templateIds;

    /** @param templateIds the ids the theme's templates use ({@link org.harmkb.template.TemplateIds}) */
    public UniqueIds(Set<String> templateIds) {
        this.templateIds = Set.copyOf(templateIds);
    }

    @Override
    public void apply(Document body, PageContext context) {
        Set<String> headingIds = new HashSet<>();
        context.page().headings().forEach(heading -> headingIds.add(heading.id()));
        Set<String> taken = new HashSet<>(templateIds);
        body.select(WITH_ID).forEach(element -> taken.add(element.id()));
        Set<String> seen = new HashSet<>();
        Set<String> headingsSeen = new HashSet<>();
        Map<String, String> movedFromTemplates = new HashMap<>();
        for (Element element : body.select(WITH_ID)) {
            String id = element.id();
            if (headingIds.contains(id) && isHeading(element) && headingsSeen.add(id)) {
                continue;
            }
            if (!templateIds.contains(id) && !headingIds.contains(id) && seen.add(id)) {
                continue;
            }
            String fresh = freshId(id, taken);
            taken.add(fresh);
            element.id(fresh);
            if (templateIds.contains(id)) {
                movedFromTemplates.putIfAbsent(id, fresh);
            }
        }
        for (Element link : body.select(FRAGMENT_LINKS)) {
            String id = link.attr("href").substring(1);
            // A heading that gave way to the theme claims the written id; the link rewriter points links at it.
            if (movedFromTemplates.containsKey(id) && !context.page().movedAnchors().containsKey(id)) {
                link.attr("href", "#" + movedFromTemplates.get(id));
            }
        }
    }

    private static boolean isHeading(Element element) {
        return element.normalName().length() == 2 && element.normalName().charAt(0) == 'h'
                && element.normalName().charAt(1) >= '1' && element.normalName().charAt(1) <= '6';
    }

    private static String freshId(String id, Set<String> taken) {
        int suffix = 1;
        while (taken.contains(id + "-" + suffix)) {
            suffix++;
        }
        return id + "-" + suffix;
    }
}
