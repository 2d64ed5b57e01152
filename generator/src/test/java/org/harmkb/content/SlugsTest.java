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
}
