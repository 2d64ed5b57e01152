package org.harmkb.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.harmkb.content.SourcePage;

/** Groups every published page but the home page by the first letter of its title, for {@code /a-z/}. */
final class AtoZIndex {

    static final String URL = "/a-z/";

    /** The group for titles that do not start with a letter A–Z (after removing accents). */
    static final String OTHER = "#";

    private AtoZIndex() {
    }

    /** Groups A…Z in order, then {@code #}; only letters that have pages. */
    static List<LetterGroup> of(Pages pages) {
        Map<String, List<SourcePage>> byLetter = new TreeMap<>((a, b) -> a.equals(OTHER) ? (b.equals(OTHER) ? 0 : 1)
                : b.equals(OTHER) ? -1 : a.compareTo(b));
        List<SourcePage> all = pages.all();
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).isHome()) {
                byLetter.computeIfAbsent(letterOfKey(pages.keyAt(i)), k -> new ArrayList<>()).add(all.get(i));
            }
        }
        List<LetterGroup> groups = new ArrayList<>();
        byLetter.forEach((letter, list) -> groups.add(new LetterGroup(letter, List.copyOf(list))));
        return List.copyOf(groups);
    }

    private static String letterOfKey(String sortKey) {
        String key = sortKey.strip();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return String.valueOf(Character.toUpperCase(c));
            }
            if (Character.isLetterOrDigit(c)) {
                return OTHER;
            }
        }
        return OTHER;
    }
}
