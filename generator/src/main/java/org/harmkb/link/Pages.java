package org.harmkb.link;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.harmkb.content.Slugs;
import org.harmkb.content.SourcePage;

/** The one order in which lists of pages are shown: by title, ignoring case and accents, then by URL. */
final class Pages {

    private Pages() {
    }

    /** Sorted by title, then URL; each title's sort key is computed once rather than at every comparison. */
    static List<SourcePage> sortedByTitle(List<SourcePage> pages) {
        return sortedByTitle(pages, page -> page);
    }

    /** {@code items} sorted by their pages' titles, then URLs. */
    static <T> List<T> sortedByTitle(List<T> items, Function<T, SourcePage> page) {
        record Keyed<T>(String key, String url, T item) {
        }
        return items.stream().map(item -> new Keyed<>(sortKey(page.apply(item).title()), page.apply(item).url(), item))
                .sorted(Comparator.comparing((Keyed<T> k) -> k.key()).thenComparing(Keyed::url))
                .map(Keyed::item)
                .toList();
    }

    /** {@code "Émotions"} → {@code "emotions"}: accents removed, lower case. */
    static String sortKey(String title) {
        String plain = Slugs.isAscii(title) ? title : Slugs.MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD)).replaceAll("");
        return plain.toLowerCase(Locale.ROOT);
    }
}
