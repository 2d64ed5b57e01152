package org.harmkb.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "My Rights & You|my-rights-you",
            "Émotions d'été|emotions-d-ete",
            "--Already--hyphenated--|already-hyphenated",
            "Naïve café 2026|naive-cafe-2026",
            "İstanbul|istanbul",
            "!!!|''",
    })
    void namesBecomeLowerCaseAsciiJoinedBySingleHyphens(String name, String slug) {
        assertThat(Slugs.slugify(name)).isEqualTo(slug);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ünïcødé ✓|unicode",
            "Straße Ærø|strasse-aero",
            "中文|%E4%B8%AD%E6%96%87",
            "中文 notes 2|%E4%B8%AD%E6%96%87-notes-2",
            "Привет мир|%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82-%D0%BC%D0%B8%D1%80",
            "😀|''",
            "-|''",
    })
    void latinLettersAreFoldedAndOtherScriptsKeptPercentEncoded(String name, String slug) {
        assertThat(Slugs.slugify(name)).isEqualTo(slug);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "中文 notes|中文-notes",
            "हिन्दी|हिन्दी",
    })
    void wordsAreTheReadableSlugWithMarksOfTheirScript(String name, String words) {
        assertThat(Slugs.words(name)).isEqualTo(words);
    }
}
