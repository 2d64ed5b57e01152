package org.harmkb.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.harmkb.content.Position;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;

/**
 * Turns {@code aliases} into redirects. An alias that is the address of a page, of a generated page or of
 * another alias would hide or replace it, so it is an error at the {@code aliases} key.
 */
final class Redirects {

    private Redirects() {
    }

    /** The redirects, sorted by old address. */
    static List<Redirect> build(List<SourcePage> pages, Set<String> generatedUrls, Diagnostics diagnostics) {
        Map<String, SourcePage> byUrl = new HashMap<>();
        pages.forEach(p -> byUrl.put(p.url(), p));
        Map<String, SourcePage> claimed = new HashMap<>();
        List<Redirect> redirects = new ArrayList<>();
        for (SourcePage page : pages) {
            Position at = page.frontMatter().positionOf("aliases");
            for (String alias : page.frontMatter().aliases()) {
                SourcePage existing = byUrl.get(alias);
                SourcePage other = claimed.get(alias);
                if (existing != null) {
                    if (existing == page) {
                        diagnostics.error(page.displayPath(), at.line(), at.column(), "alias '" + alias + "' is this page's own address",
                                "remove the alias: the page is already published there");
                    } else {
                        diagnostics.error(page.displayPath(), at.line(), at.column(),
                                "alias '" + alias + "' is the address of " + existing.displayPath(),
                                "remove the alias: a redirect there would hide that page");
                    }
                } else if (generatedUrls.contains(alias)) {
                    diagnostics.error(page.displayPath(), at.line(), at.column(),
                            "alias '" + alias + "' is the address of a page the site generates",
                            "remove the alias or choose another old address");
                } else if (other != null) {
                    diagnostics.error(page.displayPath(), at.line(), at.column(),
                            "alias '" + alias + "' is also an alias of " + other.displayPath(),
                            "an old address can redirect to only one page: remove one of the two aliases");
                } else {
                    claimed.put(alias, page);
                    redirects.add(new Redirect(alias, page));
                }
            }
        }
        redirects.sort(Comparator.comparing(Redirect::from));
        return List.copyOf(redirects);
    }
}
