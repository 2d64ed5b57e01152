package org.harmkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.harmkb.config.SearchSettings;
import org.harmkb.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;

class ReaderVocabularyTest {

    private static final String PATH = "content/_search/vocabulary.txt";

    @Test
    void eachLineIsAGroupAndCommentsAndBlankLinesAreSkipped() {
        Diagnostics diagnostics = new Diagnostics();
        var groups = ReaderVocabulary.read(PATH, List.of("# reader words", "", "touched,  touch, physical   contact",
                "counsellor, therapist"), diagnostics);
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(groups).extracting(SearchSettings.SynonymGroup::phrases)
                .containsExactly(List.of("touched", "touch", "physical contact"), List.of("counsellor", "therapist"));
        assertThat(groups.get(1).line()).isEqualTo(4);
        assertThat(groups.get(1).path()).isEqualTo(PATH);
    }

    @Test
    void unknownSyntaxIsAnErrorAtItsLineAndColumn() {
        Diagnostics diagnostics = new Diagnostics();
        var groups = ReaderVocabulary.read(PATH, List.of("report, complain", "report => complaint", "gaslit",
                "worse,, harm"), diagnostics);
        assertThat(groups).hasSize(1);
        assertThat(diagnostics.sorted()).extracting(org.harmkb.diagnostic.Diagnostic::format).satisfiesExactly(
                d -> assertThat(d).contains(PATH + ":2:8: error: unknown syntax '=' in the reader vocabulary"),
                d -> assertThat(d).contains(PATH + ":3:1: error: reader vocabulary line 'gaslit' needs at least two phrases"),
                d -> assertThat(d).contains(PATH + ":4:7: error: empty phrase in the reader vocabulary"));
    }

    @Test
    void aGroupSharingAPhraseWithABuiltInGroupExtendsIt() {
        var table = ReaderVocabulary.read(PATH, List.of("report, Complain", "help now, crisis"), new Diagnostics());
        SearchSettings merged = ReaderVocabulary.merge(SearchSettings.DEFAULT, table);
        assertThat(merged.synonyms()).hasSize(SearchSettings.DEFAULT.synonyms().size() + 1);
        assertThat(merged.synonyms()).anySatisfy(g -> assertThat(g.phrases()).contains("complaint", "complain", "report"));
        assertThat(merged.synonyms().get(merged.synonyms().size() - 1).phrases()).containsExactly("help now", "crisis");
    }
}
