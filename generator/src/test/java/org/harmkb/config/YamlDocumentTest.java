package org.harmkb.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.harmkb.diagnostic.Diagnostic;
import org.harmkb.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;

/** The nesting limit, checked in the one parse that also composes the document. */
class YamlDocumentTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<YamlFields> parse(String yaml) {
        return YamlDocument.parseMapping(yaml, "content/p.md", 1, diagnostics);
    }

    @Test
    void listsNestedToTheLimitAreRead() {
        String value = "[".repeat(YamlDocument.MAX_DEPTH - 1) + "x" + "]".repeat(YamlDocument.MAX_DEPTH - 1);

        assertThat(parse("title: T\ntags: " + value + "\n")).isPresent();
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void oneLevelMoreIsReportedWhereThatCollectionStarts() {
        // The mapping is level 1; the value's 32nd '[' is level 33. Line 3 of the file: the text starts on line 2.
        String value = "[".repeat(YamlDocument.MAX_DEPTH) + "x" + "]".repeat(YamlDocument.MAX_DEPTH);

        assertThat(parse("title: T\ntags: " + value + "\n")).isEmpty();
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("YAML here is nested more than 32 levels deep");
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.column()).isEqualTo(7 + YamlDocument.MAX_DEPTH - 1);
        });
    }

    @Test
    void hostileNestingIsAnErrorNotAStackOverflow() {
        assertThat(parse("title: " + "[".repeat(200_000) + "\n")).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::message)
                .containsExactly("YAML here is nested more than 32 levels deep");
    }
}
