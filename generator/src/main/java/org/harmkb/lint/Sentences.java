package org.harmkb.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits prose into sentences and words. A sentence ends at {@code .}, {@code !} or {@code ?} followed by a
 * space (closing quotes and brackets may come between), except after common abbreviations and initials,
 * and always at the end of a block: a list item without a full stop is still one sentence.
 */
public final class Sentences {

    /** What ends a sentence, as a pattern; {@link #nextStop} finds its matches without the regex engine. */
    static final Pattern END = Pattern.compile("[.!?]+[\"'\u201d\u2019)\\]]*(?=\\s|$)");
    private static final String CLOSERS = "\"'\u201d\u2019)]";
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "dr", "mr", "mrs", "ms", "mx", "st",
            "vs", "no", "eg", "ie", "approx", "prof");

    private Sentences() {
    }

    public static List<Sentence> of(Prose prose) {
        List<Sentence> out = new ArrayList<>();
        // One copy per block: under the quick compiler, String.charAt on text beyond Latin-1 costs a call chain
        // with a bounds check per character; an array costs one check.
        char[] text = prose.text().toCharArray();
        int start = 0;
        int from = 0;
        while (true) {
            int stop = nextStop(text, from);
            if (stop < 0) {
                break;
            }
            int end = endOfStop(text, stop);
            from = end;
            if (isAbbreviation(text, stop)) {
                continue;
            }
            add(prose, text, start, end, out);
            start = end;
        }
        add(prose, text, start, text.length, out);
        return out;
    }

    /**
     * Where the next match of {@link #END} at or after {@code from} starts, or -1: a plain scan, as it runs over
     * every paragraph. A run of stops and closers matches only if whitespace or the end follows it, so a run that
     * fails is skipped whole (a later start inside it would end at the same place).
     */
    static int nextStop(char[] text, int from) {
        int i = from;
        while (i < text.length) {
            if (!isStop(text[i])) {
                i++;
                continue;
            }
            int end = endOfStop(text, i);
            if (endsSentence(text, end)) {
                return i;
            }
            i = end;
        }
        return -1;
    }

    /** The end of the stops ({@code .!?}) and then closing quotes and brackets from {@code stop}. */
    private static int endOfStop(char[] text, int stop) {
        int i = stop;
        while (i < text.length && isStop(text[i])) {
            i++;
        }
        while (i < text.length && CLOSERS.indexOf(text[i]) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** {@code (?=\s|$)}: whitespace (regex {@code \s}) or the end of the text, or a line terminator that ends it. */
    private static boolean endsSentence(char[] text, int at) {
        int length = text.length;
        if (at == length) {
            return true;
        }
        char c = text[at];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
            return true;
        }
        return at == length - 1 && (c == '\u0085' || c == '\u2028' || c == '\u2029');
    }

    /**
     * The words of {@code text}: runs of letters and digits, joined by an apostrophe or hyphen between two
     * such runs ({@code don't}, {@code well-being}). A plain scan: it runs over every sentence of every page.
     */
    public static List<String> words(String string) {
        List<String> words = new ArrayList<>();
        char[] text = string.toCharArray();
        for (int i = nextWord(text, 0, text.length); i < text.length; ) {
            int end = endOfWord(text, i, text.length);
            words.add(string.substring(i, end));
            i = nextWord(text, end, text.length);
        }
        return words;
    }

    /** The start of the next word in {@code text} from {@code i} up to {@code to}, or {@code to}. */
    private static int nextWord(char[] text, int i, int to) {
        while (i < to) {
            int c = codePointAt(text, i, to);
            if (isWordChar(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return to;
    }

    /** The end of the word starting at {@code start}, looking no further than {@code to}. */
    private static int endOfWord(char[] text, int start, int to) {
        int i = endOfRun(text, start, to);
        while (i + 1 < to && isJoiner(text[i]) && isWordChar(codePointAt(text, i + 1, to))) {
            i = endOfRun(text, i + 1, to);
        }
        return i;
    }

    private static int endOfRun(char[] text, int from, int to) {
        int i = from;
        while (i < to) {
            int c = codePointAt(text, i, to);
            if (!isWordChar(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /**
     * The code point at {@code i} of {@code text} as cut off at {@code to} ({@code text.substring(0, to).codePointAt(i)}),
     * without its calls for the usual character that is not half of a pair.
     */
    private static int codePointAt(char[] text, int i, int to) {
        char c = text[i];
        if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text[i + 1])) {
            return Character.toCodePoint(c, text[i + 1]);
        }
        return c;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-';
    }

    /** {@code \p{L}} or {@code \p{N}}: a letter or a number of any script. */
    private static boolean isWordChar(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Adds the sentence {@code from}–{@code to} of the prose, counting its words and syllables in place, if it has words. */
    private static void add(Prose prose, char[] text, int from, int to, List<Sentence> out) {
        int words = 0;
        int syllables = 0;
        int polysyllables = 0;
        for (int i = nextWord(text, from, to); i < to; ) {
            int end = endOfWord(text, i, to);
            int count = Syllables.count(text, i, end);
            words++;
            syllables += count;
            polysyllables += count >= 3 ? 1 : 0;
            i = nextWord(text, end, to);
        }
        if (words == 0) {
            return;
        }
        int start = from;
        while (start < to && Character.isWhitespace(text[start])) {
            start++;
        }
        out.add(new Sentence(prose, start, to, words, syllables, polysyllables));
    }

    /** Whether the full stop at {@code dot} ends an abbreviation or an initial rather than a sentence. */
    private static boolean isAbbreviation(char[] text, int dot) {
        if (text[dot] != '.') {
            return false;
        }
        int wordStart = dot;
        while (wordStart > 0 && (Character.isLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) {
            wordStart--;
        }
        String word = new String(text, wordStart, dot - wordStart).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(text[wordStart]));
    }
}
