package org.harmkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.harmkb.config.SearchSettings;
import org.harmkb.diagnostic.Diagnostics;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        BodySections sections = recorded(List.of(doc), SynonymTable.analyse(List.of(), new Diagnostics()), 1).get(0);
        IntList positions = new IntList();
        SearchAnalysis.tokens(ENGLISH, doc.body()).stream().filter(t -> t.term().equals(term))
                .forEach(t -> positions.add(t.position()));
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

    @Test
    void theSectionChosenIsTheOneOfScoringEverySectionOnRandomSectionsAndPositions() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            int headings = random.nextInt(8);
            int end = random.nextInt(200);
            int[] starts = new int[headings];
            int[] headingEnds = new int[headings];
            int at = random.nextInt(5) == 0 ? 0 : random.nextInt(end + 1);
            for (int h = 0; h < headings; h++) {
                // Now and then a heading shares its start with the one before (an empty section) or sits at the end.
                at = random.nextInt(4) == 0 ? at : Math.min(end, at + random.nextInt(40));
                starts[h] = at;
                headingEnds[h] = Math.min(end, at + random.nextInt(4));
            }
            BodySections sections = new BodySections(starts, headingEnds, end);
            IntList positions = new IntList();
            for (int p = 0; p < end; p++) {
                if (random.nextInt(1 + random.nextInt(10)) == 0) {
                    positions.add(p);
                }
            }
            assertThat(sections.best(positions)).as("starts %s ends %s end %d positions %s",
                    java.util.Arrays.toString(starts), java.util.Arrays.toString(headingEnds), end,
                    java.util.Arrays.toString(positions.toArray())).isEqualTo(scoringEverySection(sections, positions.toArray()));
        }
    }

    /** The section {@link BodySections#best} must choose, found the plain way: each position's section by search. */
    private static int scoringEverySection(BodySections page, int[] positions) {
        int[] starts = page.starts();
        int sections = starts.length + 1;
        int[] inText = new int[sections];
        int[] inHeading = new int[sections];
        for (int position : positions) {
            int s = 0;
            while (s < starts.length && starts[s] <= position) {
                s++;
            }
            if (s > 0 && position < page.headingEnds()[s - 1]) {
                inHeading[s]++;
            } else {
                inText[s]++;
            }
        }
        float mean = Math.max(1f, (float) page.end() / sections);
        int best = 0;
        float bestScore = 0;
        for (int s = 1; s < sections; s++) {
            int length = (s < starts.length ? starts[s] : page.end()) - starts[s - 1];
            float score = saturate(inText[s], length, mean) + 4f * saturate(inHeading[s], 1, mean);
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        return best;
    }

    private static float saturate(int freq, int length, float mean) {
        return freq == 0 ? 0 : freq / (freq + 1.2f * (1 - 0.75f + 0.75f * length / mean));
    }

    @Test
    void sectionsRecordedWhileIndexingEqualASeparateAnalysisOnTheLiveContent(@TempDir Path temp) throws IOException {
        Assumptions.assumeTrue(SearchSite.liveContentPresent(), "the repository has no content/ to search");
        SearchIndexBuilder.SearchIndex index = SearchSite.build(SearchSite.LIVE_CONTENT, temp.resolve("live")).index();
        List<SearchDocument> docs = index.documents();
        assertThat(docs).hasSizeGreaterThan(20);
        assertThat(docs.stream().filter(d -> d.headings().size() >= 3)).hasSizeGreaterThan(10);
        assertRecordedEqualsReference(docs, index.synonyms());
    }

    @Test
    void sectionsRecordedWhileIndexingEqualASeparateAnalysisOnRandomTexts() {
        SynonymTable synonyms = SynonymTable.analyse(SearchSettings.DEFAULT.synonyms(), new Diagnostics());
        assertThat(synonyms.entries()).isNotEmpty();
        Random random = new Random(21);
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            docs.add(randomPage(random, synonyms));
        }
        assertRecordedEqualsReference(docs, synonyms);
    }

    /** Words with stop words, possessives, numbers, punctuation and every synonym phrase among them. */
    private static SearchDocument randomPage(Random random, SynonymTable synonyms) {
        List<String> words = new ArrayList<>(List.of("the", "a", "of", "and", "to", "in", "is", "it", "therapist's",
                "complaint", "complaints", "Consent", "records", "NHS", "12", "3.5", "-", "—", "(notes)", "e-mail",
                "don't", "you're", "“quoted”", "panel.", "writing,", "ombudsman;", "café", "über", "", " "));
        synonyms.entries().forEach(entry -> words.add(String.join(" ", entry.terms())));
        StringBuilder body = new StringBuilder();
        List<SearchDocument.Section> headings = new ArrayList<>();
        int length = random.nextInt(400);
        for (int w = 0; w < length; w++) {
            int start = body.length();
            body.append(words.get(random.nextInt(words.size()))).append(random.nextInt(6) == 0 ? ". " : " ");
            if (random.nextInt(25) == 0) {
                // A heading: some words of the body just written, or now and then one the body lacks.
                String text = random.nextInt(8) == 0 ? "Absent heading" : body.substring(start).strip();
                headings.add(new SearchDocument.Section("h" + headings.size(), text));
            }
        }
        return new SearchDocument("/p" + random.nextInt() + "/", "Title", "", headings, body.toString(), List.of(),
                Optional.empty());
    }

    private static void assertRecordedEqualsReference(List<SearchDocument> docs, SynonymTable synonyms) {
        // Three slices, so that each slice's recorder and the joining of their sections are covered too.
        List<BodySections> recorded = recorded(docs, synonyms, 3);
        assertThat(recorded).hasSameSizeAs(docs);
        for (int i = 0; i < docs.size(); i++) {
            assertThat(recorded.get(i)).as(docs.get(i).href()).usingRecursiveComparison()
                    .isEqualTo(reference(docs.get(i)));
        }
    }

    private static List<BodySections> recorded(List<SearchDocument> docs, SynonymTable synonyms, int slices) {
        return LuceneIndex.build(docs, SearchAnalysis.indexing(synonyms), slices).sections();
    }

    /** The sections from a second analysis of the body with the English chain, as the index exporter once did. */
    private static BodySections reference(SearchDocument doc) {
        List<Integer> positions = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        try (TokenStream stream = ENGLISH.tokenStream("body", doc.body())) {
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                positions.add(position);
                offsets.add(offset.startOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return BodySections.of(doc, positions.stream().mapToInt(Integer::intValue).toArray(),
                offsets.stream().mapToInt(Integer::intValue).toArray());
    }
}
