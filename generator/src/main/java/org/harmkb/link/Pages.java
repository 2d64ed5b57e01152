package org.harmkb.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.harmkb.content.Slugs;
import org.harmkb.content.SourcePage;

/**
 * The one order in which lists of pages are shown: by title, ignoring case and accents, then by URL. The
 * site's pages are put in that order once per build; sorting a list of them then compares their ranks,
 * rather than working out sort keys for every backlink, topic and letter list again.
 */
final class Pages {

    private final List<SourcePage> sorted;
    private final List<String> keys;
    private final Map<String, Integer> rankByUrl;

    private Pages(List<SourcePage> sorted, List<String> keys) {
        this.sorted = sorted;
        this.keys = keys;
        this.rankByUrl = new HashMap<>(2 * sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            rankByUrl.put(sorted.get(i).url(), i);
        }
    }

    /** The order of {@code pages}; other pages may still be sorted with it, at the cost of their keys. */
    static Pages of(List<SourcePage> pages) {
        record Keyed(String key, SourcePage page) {
        }
        List<Keyed> keyed = new ArrayList<>(pages.size());
        pages.forEach(page -> keyed.add(new Keyed(sortKey(page.title()), page)));
        keyed.sort(Comparator.comparing(Keyed::key).thenComparing(k -> k.page().url()));
        return new Pages(keyed.stream().map(Keyed::page).toList(), keyed.stream().map(Keyed::key).toList());
    }

    /** All the pages, in order. */
    List<SourcePage> all() {
        return sorted;
    }

    /** The sort key of the {@code i}th page of {@link #all()}. */
    String keyAt(int i) {
        return keys.get(i);
    }

    /** Sorted by title, then URL. */
    List<SourcePage> sortedByTitle(List<SourcePage> pages) {
        return sortedByTitle(pages, page -> page);
    }

    /** {@code items} sorted by their pages' titles, then URLs. */
    <T> List<T> sortedByTitle(List<T> items, Function<T, SourcePage> page) {
        long[] ranked = new long[items.size()];
        for (int i = 0; i < ranked.length; i++) {
            Integer rank = rankByUrl.get(page.apply(items.get(i)).url());
            if (rank == null || sorted.get(rank) != page.apply(items.get(i))) {
                return byKeys(items, page);
            }
            ranked[i] = (long) rank << 32 | i;
        }
        Arrays.sort(ranked);
        List<T> out = new ArrayList<>(ranked.length);
        for (long r : ranked) {
            out.add(items.get((int) r));
        }
        return List.copyOf(out);
    }

    private static <T> List<T> byKeys(List<T> items, Function<T, SourcePage> page) {
        record Keyed<T>(String key, String url, T item) {
        }
        return items.stream().map(item -> new Keyed<>(sortKey(page.apply(item).title()), page.apply(item).url(), item))
                .sorted(Comparator.comparing((Keyed<T> k) -> k.key()).thenComparing(Keyed::url))
                .map(Keyed::item)
                .toList();
    }

    /** {@code "Émotions"} → {@code "emotions"}: accents removed, lower case. */
    static String sortKey(String title) {
        return Slugs.withoutAccents(title).toLowerCase(Locale.ROOT);
    }
}
