package org.harmkb.pipeline;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.harmkb.content.SourcePage;

/**
 * Related articles, found for the pages of some build (possibly an earlier one, in {@code serve}), read against
 * the current pages by address. Kept across the builds of a session: while the related articles are the same
 * instance and the articles the same addresses, a build re-reads only the lists that name an article whose page
 * changed (one, after a save), instead of every list of 10,000 articles.
 */
final class CurrentRelated {

    /** What the last call was given and gave; replaced together, never half-updated. */
    private record Last(Map<String, List<SourcePage>> related, List<SourcePage> articles,
            Map<String, List<SourcePage>> current, Map<String, List<String>> listsNaming) {
    }

    private Last last;

    /**
     * {@code related} (article address → its related articles) with each listed page replaced by the current page
     * at its address, and pages no longer among {@code articles} left out; only the current articles' lists.
     *
     * @param articles the current articles, in a stable order (content-path order)
     */
    synchronized Map<String, List<SourcePage>> of(Map<String, List<SourcePage>> related, List<SourcePage> articles) {
        Last previous = last;
        Map<String, List<SourcePage>> current = previous != null && previous.related == related
                ? updated(previous, articles) : null;
        if (current == null) {
            current = byCurrentPages(related, articles);
            last = new Last(related, List.copyOf(articles), current, null);
        }
        return current;
    }

    /** The last result with the changed articles swapped in; null when the articles' addresses changed. */
    private Map<String, List<SourcePage>> updated(Last previous, List<SourcePage> articles) {
        List<SourcePage> before = previous.articles;
        if (before.size() != articles.size()) {
            return null;
        }
        Map<String, SourcePage> changed = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            SourcePage now = articles.get(i);
            SourcePage then = before.get(i);
            if (now != then) {
                if (!now.url().equals(then.url())) {
                    return null;
                }
                changed.put(now.url(), now);
            }
        }
        if (changed.isEmpty()) {
            return previous.current;
        }
        Map<String, List<String>> naming = previous.listsNaming != null ? previous.listsNaming : listsNaming(previous.current);
        // The changed lists over the last full result: copying 10,000 lists per save would cost more than the rest.
        Map<String, List<SourcePage>> base = previous.current instanceof Overlay overlay ? overlay.base : previous.current;
        Map<String, List<SourcePage>> over = new HashMap<>(previous.current instanceof Overlay overlay ? overlay.over : Map.of());
        for (String url : changed.keySet()) {
            for (String key : naming.getOrDefault(url, List.of())) {
                over.put(key, previous.current.get(key).stream().map(page -> changed.getOrDefault(page.url(), page)).toList());
            }
        }
        Map<String, List<SourcePage>> result = over.size() > base.size() / 8 ? Map.copyOf(new Overlay(base, over))
                : new Overlay(base, Map.copyOf(over));
        last = new Last(previous.related, List.copyOf(articles), result, naming);
        return result;
    }

    /**
     * An immutable map: {@code base} with the lists of {@code over} (whose keys are among base's) in their place.
     * Its entries are read through {@link #entrySet()}, in base's order.
     */
    private static final class Overlay extends AbstractMap<String, List<SourcePage>> {
        final Map<String, List<SourcePage>> base;
        final Map<String, List<SourcePage>> over;

        Overlay(Map<String, List<SourcePage>> base, Map<String, List<SourcePage>> over) {
            this.base = base;
            this.over = over;
        }

        @Override
        public List<SourcePage> get(Object key) {
            List<SourcePage> list = over.get(key);
            return list != null ? list : base.get(key);
        }

        @Override
        public List<SourcePage> getOrDefault(Object key, List<SourcePage> otherwise) {
            List<SourcePage> list = get(key);
            return list != null ? list : otherwise;
        }

        @Override
        public boolean containsKey(Object key) {
            return base.containsKey(key);
        }

        @Override
        public int size() {
            return base.size();
        }

        @Override
        public Set<Entry<String, List<SourcePage>>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, List<SourcePage>>> iterator() {
                    Iterator<String> keys = base.keySet().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return keys.hasNext();
                        }

                        @Override
                        public Entry<String, List<SourcePage>> next() {
                            String key = keys.next();
                            return Map.entry(key, get(key));
                        }
                    };
                }

                @Override
                public int size() {
                    return base.size();
                }
            };
        }
    }

    /** For each address, the articles whose related list names it. */
    private static Map<String, List<String>> listsNaming(Map<String, List<SourcePage>> related) {
        Map<String, List<String>> naming = new HashMap<>();
        related.forEach((key, list) -> list.forEach(page -> naming.computeIfAbsent(page.url(), u -> new ArrayList<>()).add(key)));
        return naming;
    }

    /** Every list read against the current articles by address. */
    static Map<String, List<SourcePage>> byCurrentPages(Map<String, List<SourcePage>> related, List<SourcePage> articles) {
        Map<String, SourcePage> byUrl = new HashMap<>(2 * articles.size());
        for (SourcePage page : articles) {
            byUrl.put(page.url(), page);
        }
        Map<String, List<SourcePage>> current = new HashMap<>(2 * related.size());
        for (Map.Entry<String, List<SourcePage>> entry : related.entrySet()) {
            if (byUrl.containsKey(entry.getKey())) {
                List<SourcePage> list = entry.getValue();
                current.put(entry.getKey(), allCurrent(list, byUrl) ? list
                        : list.stream().map(page -> byUrl.get(page.url())).filter(Objects::nonNull).toList());
            }
        }
        return Map.copyOf(current);
    }

    /** Whether every page of {@code list} is the current page at its address (almost always, in serve). */
    private static boolean allCurrent(List<SourcePage> list, Map<String, SourcePage> byUrl) {
        for (SourcePage page : list) {
            if (byUrl.get(page.url()) != page) {
                return false;
            }
        }
        return true;
    }
}
