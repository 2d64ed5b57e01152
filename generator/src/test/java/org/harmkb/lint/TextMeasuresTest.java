package org.harmkb.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
        assertThat(sentences).extracting(s -> String.join(" ", s.words()))
                .containsExactly("Ask for help e g from a friend", "J Smith agreed", "Did it work", "Yes");
        assertThat(sentences.get(1).start()).isEqualTo(34);
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
}
