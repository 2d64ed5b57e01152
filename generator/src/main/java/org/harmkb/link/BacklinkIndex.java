package org.harmkb.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Backlinks for the whole site, built in one pass over the links: each page's list holds every other page
 * that links to it once (with the first such link's sentence), sorted by title.
 */
final class BacklinkIndex {

    private BacklinkIndex() {
    }

    /** Backlinks by target URL; pages nothing links to are absent. */
    static Map<String, List<Backlink>> of(List<Edge> edges) {
        Map<String, List<Backlink>> byTarget = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Edge edge : edges) {
            if (seen.add(edge.from().url() + "\n" + edge.to().url())) {
                byTarget.computeIfAbsent(edge.to().url(), k -> new ArrayList<>()).add(new Backlink(edge.from(), edge.context()));
            }
        }
        Map<String, List<Backlink>> sorted = new HashMap<>();
        byTarget.forEach((url, list) -> sorted.put(url, Pages.sortedByTitle(list, Backlink::from)));
        return sorted;
    }
}
