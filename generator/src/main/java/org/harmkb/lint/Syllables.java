package org.harmkb.lint;

/**
 * Estimates the syllables of an English word from its vowel groups, with the usual corrections for silent
 * final {@code e}, {@code -es} and {@code -ed}. Readability formulas were calibrated with estimates of this
 * kind; it is right for most everyday words and close for the rest. Written as plain loops: it runs for
 * every word of every page.
 */
public final class Syllables {

    private Syllables() {
    }

    public static int count(String word) {
        return count(word.toCharArray(), 0, word.length());
    }

    /**
     * The syllables of the word {@code text[from..to)}, counted in place: an array rather than a {@code String},
     * whose {@code charAt} costs a call chain per character under the quick compiler when the text is beyond
     * Latin-1.
     */
    public static int count(char[] text, int from, int to) {
        int total = 0;
        boolean hyphen = false;
        int part = from;
        for (int i = from; i < to; i++) {
            if (text[i] == '-') {
                hyphen = true;
                total += i > part ? countPart(text, part, i) : 0;
                part = i + 1;
            }
        }
        if (!hyphen) {
            return countPart(text, from, to);
        }
        total += to > part ? countPart(text, part, to) : 0;
        return Math.max(1, total);
    }

    /**
     * The syllables of a word without hyphens: its letters a to z (lower-cased, others left out) less a silent
     * ending, counted by vowel groups. Two passes over the text rather than a copy of the letters.
     */
    private static int countPart(char[] text, int from, int to) {
        int length = 0;
        char third = 0;
        char before = 0;
        char last = 0;
        for (int i = from; i < to; i++) {
            char c = letter(text[i]);
            if (c != 0) {
                length++;
                third = before;
                before = last;
                last = c;
            }
        }
        if (length <= 3) {
            return 1;
        }
        int kept = length - silentEnding(third, before, last);
        int index = 0;
        int groups = 0;
        int run = 0;
        for (int i = from; i < to && index < kept; i++) {
            char c = letter(text[i]);
            if (c == 0) {
                continue;
            }
            if (index++ == 0 && c == 'y') {
                continue;
            }
            if (isVowel(c)) {
                run++;
            } else if (run > 0) {
                groups += (run + 1) / 2;
                run = 0;
            }
        }
        groups += (run + 1) / 2;
        return Math.max(1, groups);
    }

    /** The character lower-cased if that makes it a letter a to z, else 0. */
    private static char letter(char c) {
        char lower = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
        return lower >= 'a' && lower <= 'z' ? lower : 0;
    }

    /**
     * How many letters a silent ending takes from a word whose last three letters are given: {@code -es} (not
     * after s, x, z, h) and {@code -ed} (not after t, d) two, {@code -e} (not after a vowel or l) one.
     */
    private static int silentEnding(char third, char before, char last) {
        if (before == 'e' && last == 's' && "laeiouysxzh".indexOf(third) < 0
                || before == 'e' && last == 'd' && "laeiouytd".indexOf(third) < 0) {
            return 2;
        }
        if (last == 'e' && "laeiouy".indexOf(before) < 0) {
            return 1;
        }
        return 0;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
