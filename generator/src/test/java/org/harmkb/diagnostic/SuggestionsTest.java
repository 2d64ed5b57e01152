package org.harmkb.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void suggestsTheClosestNameForATypo() {
        assertThat(Suggestions.closest("tittle", List.of("title", "tags", "date"))).contains("title");
        assertThat(Suggestions.closest("contentnote", List.of("content_note", "date"))).contains("content_note");
    }

    @Test
    void suggestsNothingWhenNoNameIsClose() {
        assertThat(Suggestions.closest("zebra", List.of("title", "description"))).isEmpty();
    }

    @Test
    void tiesGoToTheAlphabeticallyFirstCandidate() {
        assertThat(Suggestions.closest("cat", List.of("hat", "bat"))).contains("bat");
    }

    @Test
    void diagnosticsFormatLikeACompiler() {
        Diagnostic d = Diagnostic.error("content/a.md", 14, 23, "link target 'x.md' does not exist", "did you mean 'y.md'?");
        assertThat(d.format()).isEqualTo("content/a.md:14:23: error: link target 'x.md' does not exist"
                + System.lineSeparator() + "  hint: did you mean 'y.md'?");
    }

    @Test
    void exactRepeatsAreReportedOnce() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.error("t.peb", 3, 0, "template error", "while rendering");
        diagnostics.error("t.peb", 3, 0, "template error", "while rendering");
        assertThat(diagnostics.errorCount()).isEqualTo(1);
        assertThat(diagnostics.sorted()).hasSize(1);
    }
}
