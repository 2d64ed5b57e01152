package org.harmkb.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.harmkb.link.GlossaryMatcher.Match;
import org.junit.jupiter.api.Test;

class GlossaryMatcherTest {

    private final GlossaryMatcher matcher = new GlossaryMatcher(List.of(
            List.of("window of tolerance", "tolerance window"),
            List.of("tolerance"),
            List.of("anti-oppressive practice")));

    @Test
    void longestTermStartingAtAPlaceWins() {
        assertThat(matcher.findAll("your window of tolerance")).containsExactly(new Match(5, 24, 0));
    }

    @Test
    void matchesIgnoreCaseAndAnyRunOfWhiteSpace() {
        assertThat(matcher.findAll("Window  Of\nTOLERANCE")).containsExactly(new Match(0, 20, 0));
    }

    @Test
    void onlyWholeWordsMatch() {
        assertThat(matcher.findAll("intolerance tolerances tolerance.")).containsExactly(new Match(23, 32, 1));
    }

    @Test
    void matchesDoNotOverlapAndRunLeftToRight() {
        assertThat(matcher.findAll("tolerance window of tolerance"))
                .containsExactly(new Match(0, 16, 0), new Match(20, 29, 1));
    }

    @Test
    void hyphenatedTermsMatchAsWritten() {
        assertThat(matcher.findAll("Anti-oppressive practice, not oppressive practice."))
                .containsExactly(new Match(0, 24, 2));
    }

    @Test
    void aPartialTermAtTheEndOfTheTextIsNoMatch() {
        assertThat(matcher.findAll("a window of")).isEmpty();
        assertThat(new GlossaryMatcher(List.of()).findAll("tolerance")).isEmpty();
    }
}
