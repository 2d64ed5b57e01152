package org.harmkb.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextMeasuresTest {

    private static Prose prose(String text) {
        int[] offsets = new int[text.length()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = i;
        }
        return new Prose(Prose.Kind.PARAGRAPH, text, offsets);
    }

    @Test
    void syllablesOfEverydayWordsMatchADictionary() {
        assertThat(Syllables.count("cat")).isEqualTo(1);
        assertThat(Syllables.count("makes")).isEqualTo(1);
        assertThat(Syllables.count("people")).isEqualTo(2);
        assertThat(Syllables.count("wanted")).isEqualTo(2);
        assertThat(Syllables.count("wishes")).isEqualTo(2);
        assertThat(Syllables.count("therapy")).isEqualTo(3);
        assertThat(Syllables.count("therapist")).isEqualTo(3);
        assertThat(Syllables.count("self-advocacy")).isEqualTo(5);
        assertThat(Syllables.count("2026")).isEqualTo(1);
    }

    @Test
    void sentencesEndAtFullStopsButNotAfterAbbreviationsOrInitials() {
        List<Sentence> sentences = Sentences.of(prose("Ask for help, e.g. from a friend. J. Smith agreed! Did it work? Yes"));
        assertThat(sentences).extracting(s -> String.join(" ", words(s)))
                .containsExactly("Ask for help e g from a friend", "J Smith agreed", "Did it work", "Yes");
        assertThat(sentences.get(1).start()).isEqualTo(34);
    }

    @Test
    void wordsAreRunsOfLettersAndDigitsJoinedByApostrophesOrHyphens() {
        assertThat(Sentences.words("Don't -- well-being, it\u2019s 2026's café; x- -y a--b \uD835\uDC00bc \u00B2"))
                .containsExactly("Don't", "well-being", "it\u2019s", "2026's", "café", "x", "y", "a", "b",
                        "\uD835\uDC00bc", "\u00B2");
    }

    /** The scan in {@link Sentences#words} replaced this pattern; it must find the same words in any text. */
    @Test
    void wordsScanFindsWhatTheWordPatternFound() {
        Pattern word = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019\\-][\\p{L}\\p{N}]+)*");
        String alphabet = "ab1 -'\u2019.,é\u00B2\u2167\uD835\uDC00\uD83D\uDE00\u0661";
        Random random = new Random(21);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(alphabet.length());
                text.append(alphabet.charAt(at));
            }
            List<String> expected = new ArrayList<>();
            Matcher m = word.matcher(text);
            while (m.find()) {
                expected.add(m.group());
            }
            assertThat(Sentences.words(text.toString())).as(text.toString()).isEqualTo(expected);
        }
    }

    private static List<String> words(Sentence sentence) {
        return Sentences.words(sentence.prose().text().substring(sentence.start(), sentence.end()));
    }

    /** The count in place gives what the count over a copy of the word's letters gave, for any word. */
    @Test
    void syllablesCountedInPlaceMatchTheCountOverACopy() {
        String alphabet = "aeiouybcdlstxzhrmnAEYSD-'\u2019\u00E9\u0130\u212A1";
        Random random = new Random(5);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder word = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int i = 0; i < length; i++) {
                word.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = "x " + word + " y";
            assertThat(Syllables.count(text.toCharArray(), 2, 2 + word.length())).as(word.toString())
                    .isEqualTo(countOverACopy(word.toString()));
            assertThat(Syllables.count(word.toString())).as(word.toString()).isEqualTo(countOverACopy(word.toString()));
        }
    }

    /** The estimate as it was written first: split at hyphens, copy the letters, drop a silent ending, count vowel groups. */
    private static int countOverACopy(String word) {
        if (word.indexOf('-') >= 0) {
            int total = 0;
            for (String part : word.split("-")) {
                total += part.isEmpty() ? 0 : countOverACopy(part);
            }
            return Math.max(1, total);
        }
        StringBuilder letters = new StringBuilder();
        for (char c : word.toCharArray()) {
            char lower = Character.toLowerCase(c);
            if (lower >= 'a' && lower <= 'z') {
                letters.append(lower);
            }
        }
        String w = letters.toString();
        if (w.length() <= 3) {
            return 1;
        }
        if (w.matches(".*[^laeiouysxzh]es") || w.matches(".*[^laeiouytd]ed")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.matches(".*[^laeiouy]e")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.startsWith("y")) {
            w = w.substring(1);
        }
        int groups = 0;
        for (String run : w.split("[^aeiouy]+")) {
            groups += (run.length() + 1) / 2;
        }
        return Math.max(1, groups);
    }

    /** Each sentence's counts are those of its words, and its words are those of its text. */
    @Test
    void sentencesCountTheirWordsAndSyllables() {
        String alphabet = "ab1 -'\u2019.,!?\"\u00E9\u00B2\uD835\uDC00\u0661 \u201D)e.g";
        Random random = new Random(8);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (Sentence sentence : Sentences.of(prose(text.toString()))) {
                List<String> words = words(sentence);
                assertThat(words).isNotEmpty();
                assertThat(sentence.wordCount()).as(text.toString()).isEqualTo(words.size());
                assertThat(sentence.syllables()).isEqualTo(words.stream().mapToInt(Syllables::count).sum());
                assertThat(sentence.polysyllables()).isEqualTo((int) words.stream().filter(w -> Syllables.count(w) >= 3).count());
                assertThat(Character.isWhitespace(text.charAt(sentence.start()))).isFalse();
            }
        }
    }

    @Test
    void fleschKincaidAndSmogFollowTheirPublishedFormulas() {
        List<Sentence> sentences = Sentences.of(prose("The cat sat on the mat. The dog ran."));
        ReadabilityLint.Grades grades = ReadabilityLint.grades(sentences);
        // 9 words, 2 sentences, 9 syllables, no polysyllables.
        assertThat(grades.fleschKincaid()).isCloseTo(0.39 * 9 / 2 + 11.8 - 15.59, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(grades.smog()).isCloseTo(3.1291, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void languagePatternsMatchWholeWordsInflectionsAndHyphenVariants() {
        var suffer = new org.harmkb.config.LanguageRule("suffer* from", "x", 0).pattern();
        assertThat(suffer.matcher("She suffers from it").find()).isTrue();
        assertThat(suffer.matcher("SUFFERING  FROM it").find()).isTrue();
        assertThat(suffer.matcher("insufferable from").find()).isFalse();
        var compliant = new org.harmkb.config.LanguageRule("non-compliant", "x", 0).pattern();
        assertThat(compliant.matcher("noncompliant").find()).isTrue();
        assertThat(compliant.matcher("non compliant").find()).isTrue();
        assertThat(compliant.matcher("non-compliantly").find()).isFalse();
    }

    @Test
    void quotedPhrasesAreMentionsNotUses() {
        assertThat(LanguageLint.isQuoted("called \"non-compliant\" often", 8, 21)).isTrue();
        assertThat(LanguageLint.isQuoted("called \u201cnon-compliant\u201d often", 8, 21)).isTrue();
        assertThat(LanguageLint.isQuoted("called non-compliant often", 7, 20)).isFalse();
    }

    @Test
    void sentenceStopsAreFoundWhereTheEndPatternMatches() {
        String[] pieces = {".", "!", "?", "\"", "'", "\u201d", "\u2019", ")", "]", " ", "\t", "\n", "\r", "\u2028",
            "\u0085", "\u00a0", "a", "Dr", "e.g", "x"};
        Random random = new Random(21);
        for (int run = 0; run < 20000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            List<Integer> expected = new ArrayList<>();
            Matcher m = Sentences.END.matcher(t);
            while (m.find()) {
                expected.add(m.start());
            }
            List<Integer> found = new ArrayList<>();
            char[] chars = t.toCharArray();
            for (int stop = Sentences.nextStop(chars, 0); stop >= 0; ) {
                found.add(stop);
                int end = stop;
                while (end < t.length() && ".!?".indexOf(t.charAt(end)) >= 0) {
                    end++;
                }
                while (end < t.length() && "\"'\u201d\u2019)]".indexOf(t.charAt(end)) >= 0) {
                    end++;
                }
                stop = Sentences.nextStop(chars, end);
            }
            assertThat(found).as(t).isEqualTo(expected);
        }
    }
}
