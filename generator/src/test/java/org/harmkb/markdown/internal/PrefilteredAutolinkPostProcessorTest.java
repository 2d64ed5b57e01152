package org.harmkb.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which text the prefilter hands to Flexmark's autolink extractor. */
class PrefilteredAutolinkPostProcessorTest {

    @Test
    void aRunOfBackslashesIsSkipped() {
        assertThat(PrefilteredAutolinkPostProcessor.mayHoldLink("\\".repeat(1000))).isFalse();
        assertThat(PrefilteredAutolinkPostProcessor.mayHoldLink("\\* \\_ \\w")).isFalse();
    }

    @Test
    void anEscapedDotOrALinkCharacterIsPassedOn() {
        assertThat(PrefilteredAutolinkPostProcessor.mayHoldLink("www\\.example.org")).isTrue();
        assertThat(PrefilteredAutolinkPostProcessor.mayHoldLink("a\\@b")).isTrue();
        assertThat(PrefilteredAutolinkPostProcessor.mayHoldLink("x&#64;y")).isTrue();
    }
}
