package org.harmkb.lint;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.harmkb.config.LanguageRule;

/**
 * Finds the phrases of the language rules in a text with the rules' own patterns, but tries each pattern only
 * where it can start: at the beginning of a word whose first letter is the phrase's. A rule's pattern starts
 * with "no letter or digit before" and then its first letter, so every other position would fail; running
 * {@link Matcher#find} instead tries the look-behind at every character of every paragraph for every rule.
 * The matches, their order and their text are those of {@code find()}. Not thread-safe: one per page check.
 */
final class PhraseFinder {

    private static final int[] NONE = {};

    /** Receives one match of rule {@code rule}. */
    interface Match {
        void found(int rule, Matcher matcher);
    }

    private final List<LanguageRule> rules;
    /** Per rule, its first letter as the pattern compares it (upper- then lower-cased), or -1: no fixed first letter. */
    private final int[] firsts;
    private final Matcher[] matchers;
    private final int[][] starts;
    private final int[] counts;
    /** Per ASCII character, in rule order, the rules whose first letter it is, as the pattern compares it. */
    private final int[][] byAscii = new int[128][];

    PhraseFinder(List<LanguageRule> rules) {
        this.rules = rules;
        this.firsts = new int[rules.size()];
        this.matchers = new Matcher[rules.size()];
        this.starts = new int[rules.size()][];
        this.counts = new int[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            firsts[r] = firstLetter(rules.get(r).phrase());
            starts[r] = new int[16];
        }
        int[] bucket = new int[firsts.length];
        for (int c = 0; c < 128; c++) {
            int folded = c >= 'A' && c <= 'Z' ? c + 32 : c;
            int size = 0;
            for (int r = 0; r < firsts.length; r++) {
                if (firsts[r] == folded || firsts[r] == c) {
                    bucket[size++] = r;
                }
            }
            byAscii[c] = size == 0 ? NONE : Arrays.copyOf(bucket, size);
        }
    }

    /** The folded first character of the pattern LanguageRule compiles, or -1 if it starts with a wildcard. */
    private static int firstLetter(String phrase) {
        String words = phrase.trim().toLowerCase(Locale.ROOT);
        if (words.isEmpty()) {
            return -1;
        }
        int first = words.codePointAt(0);
        return first == '-' || first == '*' || Character.isWhitespace(first) ? -1 : fold(first);
    }

    /** How a case-insensitive, Unicode-case {@link java.util.regex.Pattern} compares a character. */
    private static int fold(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * Every match of the rules marked in {@code active}, rule by rule in rule order and, within a rule, left to
     * right without overlaps: what looping {@code find()} on each rule's pattern would report.
     */
    void findAll(String text, boolean[] active, Match out) {
        collectStarts(text, active);
        for (int r = 0; r < rules.size(); r++) {
            if (!active[r]) {
                continue;
            }
            if (firsts[r] < 0) {
                Matcher m = matcher(r, text);
                while (m.find()) {
                    out.found(r, m);
                }
                continue;
            }
            int end = 0;
            for (int i = 0; i < counts[r]; i++) {
                int start = starts[r][i];
                if (start >= end) {
                    Matcher m = matchAt(r, text, start);
                    if (m != null) {
                        out.found(r, m);
                        end = m.end();
                    }
                }
            }
        }
    }

    /** For each rule in rule order, its first match in {@code text} as {@code find()} gives it, if it has one. */
    void findFirstOfEach(String text, Match out) {
        boolean[] all = new boolean[rules.size()];
        Arrays.fill(all, true);
        collectStarts(text, all);
        for (int r = 0; r < rules.size(); r++) {
            Matcher first = null;
            if (firsts[r] < 0) {
                Matcher m = matcher(r, text);
                first = m.find() ? m : null;
            } else {
                for (int i = 0; i < counts[r] && first == null; i++) {
                    first = matchAt(r, text, starts[r][i]);
                }
            }
            if (first != null) {
                out.found(r, first);
            }
        }
    }

    private Matcher matchAt(int rule, String text, int start) {
        Matcher m = matcher(rule, text);
        m.region(start, text.length());
        return m.lookingAt() ? m : null;
    }

    private Matcher matcher(int rule, String text) {
        Matcher m = matchers[rule];
        if (m == null) {
            m = rules.get(rule).pattern().matcher(text);
            // The look-behind must see the character before the region, as find() would.
            m.useTransparentBounds(true).useAnchoringBounds(false);
            matchers[rule] = m;
        } else {
            m.reset(text);
        }
        return m;
    }

    /**
     * One scan of {@code text}: for each active rule, the positions where its pattern could match. A position
     * preceded by an ASCII letter or digit cannot (the look-behind rejects it); the pattern itself checks the
     * rest, so a position kept here that cannot match costs a failed try, never a finding.
     */
    private void collectStarts(String string, boolean[] active) {
        Arrays.fill(counts, 0);
        // An array, not String.charAt: see Sentences#of.
        char[] text = string.toCharArray();
        boolean afterLetterOrDigit = false;
        for (int i = 0; i < text.length; i++) {
            char ch = text[i];
            if (!afterLetterOrDigit) {
                if (ch < 128) {
                    for (int r : byAscii[ch]) {
                        if (active[r]) {
                            add(r, i);
                        }
                    }
                } else {
                    int c = Character.codePointAt(text, i);
                    int folded = fold(c);
                    for (int r = 0; r < firsts.length; r++) {
                        if (active[r] && (firsts[r] == folded || firsts[r] == c)) {
                            add(r, i);
                        }
                    }
                }
            }
            afterLetterOrDigit = isAsciiLetterOrDigit(ch);
        }
    }

    private void add(int rule, int start) {
        if (counts[rule] == starts[rule].length) {
            starts[rule] = Arrays.copyOf(starts[rule], counts[rule] * 2);
        }
        starts[rule][counts[rule]++] = start;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
