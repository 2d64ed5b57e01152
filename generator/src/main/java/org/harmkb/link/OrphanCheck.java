package org.harmkb.link;

import java.util.List;
import java.util.Set;
import org.harmkb.content.Position;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;

/**
 * Warns about published pages no other page links to in its text. Lists the site generates (topics, A–Z,
 * learning paths) do not count: a reader following the articles would never arrive. The home page, section
 * pages (reached through the home page and every breadcrumb trail) and glossary entries (reached through the
 * glossary and automatic term links) are not checked.
 */
final class OrphanCheck {

    private OrphanCheck() {
    }

    /**
     * @param linked   the URLs of the pages other pages link to
     * @param sections the URLs of the site's sections
     */
    static void warn(List<SourcePage> pages, Set<String> linked, Set<String> sections, Diagnostics diagnostics) {
        for (SourcePage page : pages) {
            if (page.isHome() || Glossary.isEntry(page) || linked.contains(page.url()) || sections.contains(page.url())) {
                continue;
            }
            Position at = page.frontMatter().positionOf("title");
            diagnostics.warning(page.displayPath(), at.line(), at.column(), "no other page links to this page",
                    "link to it from a page about something close, e.g. [[" + page.slug() + "]]");
        }
    }
}
