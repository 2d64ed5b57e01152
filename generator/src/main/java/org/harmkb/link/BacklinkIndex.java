package org.harmkb.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.harmkb.content.SourcePage;

/**
 * Backlinks for the whole site, built in one pass over the links: each page's list holds every other page
 * that links to it once (with the first such link's sentence), sorted by title. The linking pages are
 * visited in title order, so every list comes out sorted.
 */
final class BacklinkIndex {

    private BacklinkIndex() {
    }

    /**
     * @param linksFrom each page's checked links to other pages, in document order, by the page's URL
     * @return backlinks by target URL; pages nothing links to are absent
     */
    static Map<String, List<Backlink>> of(Pages order, Map<String, List<CheckedLink>> linksFrom) {
        Map<String, List<Backlink>> byTarget = new HashMap<>();
        for (SourcePage from : order.all()) {
            for (CheckedLink link : linksFrom.getOrDefault(from.url(), List.of())) {
                List<Backlink> list = byTarget.computeIfAbsent(link.toUrl(), k -> new ArrayList<>(4));
                // A page's links are visited together, so a repeated link finds its page last in the list.
                if (list.isEmpty() || !list.get(list.size() - 1).url().equals(from.url())) {
                    list.add(new Backlink(from.title(), from.url(), link.context()));
                }
            }
        }
        byTarget.replaceAll((url, list) -> List.copyOf(list));
        return byTarget;
    }
}
