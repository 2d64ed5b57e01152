package org.harmkb.link;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.harmkb.content.SourcePage;

/** The one order in which lists of pages are shown: by title, ignoring case and accents, then by URL. */
final class Pages {

    static final Comparator<SourcePage> BY_TITLE =
            Comparator.comparing((SourcePage p) -> sortKey(p.title())).thenComparing(SourcePage::url);

    private Pages() {
    }

    static List<SourcePage> sortedByTitle(List<SourcePage> pages) {
        return pages.stream().sorted(BY_TITLE).toList();
    }

    /** {@code "Émotions"} → {@code "emotions"}: accents removed, lower case. */
    static String sortKey(String title) {
        return Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
