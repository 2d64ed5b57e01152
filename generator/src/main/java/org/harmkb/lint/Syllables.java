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
        if (word.indexOf('-') >= 0) {
            int total = 0;
            for (String part : word.split("-")) {
                total += part.isEmpty() ? 0 : count(part);
            }
            return Math.max(1, total);
        }
        char[] letters = new char[word.length()];
        int length = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = Character.toLowerCase(word.charAt(i));
            if (c >= 'a' && c <= 'z') {
                letters[length++] = c;
            }
        }
        if (length <= 3) {
            return 1;
        }
        length = withoutSilentEnding(letters, length);
        int start = letters[0] == 'y' ? 1 : 0;
        int groups = 0;
        int run = 0;
        for (int i = start; i <= length; i++) {
            if (i < length && isVowel(letters[i])) {
                run++;
            } else if (run > 0) {
                groups += (run + 1) / 2;
                run = 0;
            }
        }
        return Math.max(1, groups);
    }

    /** Drops a silent {@code -es} (not after s, x, z, h), {@code -ed} (not after t, d) or {@code -e}, but not after a vowel or l. */
    private static int withoutSilentEnding(char[] w, int length) {
        char last = w[length - 1];
        char before = w[length - 2];
        char third = w[length - 3];
        if (before == 'e' && last == 's' && "laeiouysxzh".indexOf(third) < 0
                || before == 'e' && last == 'd' && "laeiouytd".indexOf(third) < 0) {
            return length - 2;
        }
        if (last == 'e' && "laeiouy".indexOf(before) < 0) {
            return length - 1;
        }
        return length;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
