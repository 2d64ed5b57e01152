package org.harmkb.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LinearInlineParserTest {

    @Test
    void onlyPatternsThatMatchAtTheStartAreTriedThereAlone() {
        assertThat(LinearInlineParser.anchoredAtStart(Pattern.compile("^<[a-z]+>"))).isTrue();
        assertThat(LinearInlineParser.anchoredAtStart(Pattern.compile("^(?:a|b)c"))).isTrue();
        assertThat(LinearInlineParser.anchoredAtStart(Pattern.compile("^a|b"))).isFalse();
        assertThat(LinearInlineParser.anchoredAtStart(Pattern.compile("^[|]a|b"))).isFalse();
        assertThat(LinearInlineParser.anchoredAtStart(Pattern.compile("a"))).isFalse();
        assertThat(LinearInlineParser.anchoredAtStart(Pattern.compile("^a", Pattern.MULTILINE))).isFalse();
        assertThat(LinearInlineParser.anchoredAtStart(Pattern.compile("(?m)^a"))).isFalse();
        assertThat(LinearInlineParser.anchoredAtStart(Pattern.compile("^(?m)a"))).isFalse();
    }
}
