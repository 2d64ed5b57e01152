package org.harmkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** The section a result deep-links to for a term: the one whose own text (heading and body) matches it best. */
class BodySectionsTest {

    private static final Analyzer ENGLISH = SearchAnalysis.english();

    private static SearchDocument page(String body, String... headings) {
        List<SearchDocument.Section> sections = java.util.Arrays.stream(headings)
                .map(h -> new SearchDocument.Section(h.toLowerCase().replace(' ', '-'), h)).toList();
        return new SearchDocument("/p/", "Title", "Description", sections, body, List.of(), Optional.empty());
    }

    /** The section {@code term} favours in {@code doc}: 0 before the first heading, i for heading i. */
    private static int best(SearchDocument doc, String term) {
        BodySections sections = BodySections.of(doc, ENGLISH);
        int[] positions = SearchAnalysis.tokens(ENGLISH, doc.body()).stream()
                .filter(t -> t.term().equals(term)).mapToInt(SearchAnalysis.Token::position).toArray();
        return sections.best(positions);
    }

    @Test
    void theSectionWhoseBodyUsesTheWordMostIsChosenOverOneWhoseHeadingOnlyMentionsTheTopic() {
        SearchDocument doc = page("Intro about therapy. "
                + "Who oversees therapists Professional bodies keep registers of therapists. "
                + "Where to go You can complain to the body. A complaint is read by a panel. Complain in writing.",
                "Who oversees therapists", "Where to go");
        assertThat(best(doc, "complain")).isEqualTo(2);
        assertThat(best(doc, "therapist")).isEqualTo(1);
    }

    @Test
    void aHeadingMatchOutweighsAPassingMentionInALongerSection() {
        SearchDocument doc = page("Intro. "
                + "Records You can ask for notes, and the notes may mention a complaint among many other things "
                + "that take a long time to read through carefully. "
                + "Making a complaint Write down what happened.",
                "Records", "Making a complaint");
        assertThat(best(doc, "complaint")).isEqualTo(2);
    }

    @Test
    void aTermOnlyInTheIntroductionFavoursNoSection() {
        SearchDocument doc = page("Ombudsman comes first. Heading one Text. Heading two More text.",
                "Heading one", "Heading two");
        assertThat(best(doc, "ombudsman")).isZero();
    }

    @Test
    void equalMatchesFavourTheEarlierSection() {
        SearchDocument doc = page("Intro. Alpha Consent matters. Beta Consent matters.", "Alpha", "Beta");
        assertThat(best(doc, "consent")).isEqualTo(1);
    }

    @Test
    void aHeadingMissingFromTheBodyIsAnEmptySectionAndNeverChosen() {
        SearchDocument doc = page("Intro. Present Consent here.", "Absent", "Present");
        assertThat(best(doc, "consent")).isEqualTo(2);
        assertThat(best(doc, "absent")).isZero();
    }

    @Test
    void aPageWithoutHeadingsFavoursNoSection() {
        assertThat(best(page("Consent and consent again."), "consent")).isZero();
    }
}
