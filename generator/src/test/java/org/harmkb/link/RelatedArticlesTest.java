package org.harmkb.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.harmkb.content.SourcePage;
import org.junit.jupiter.api.Test;

class RelatedArticlesTest {

    /** Counts made as the search index would give them: each page's words, keyed by URL. */
    private static TermCounts counts(List<SourcePage> pages, Map<String, String> words) {
        TermCounts.Builder builder = new TermCounts.Builder(pages.stream().map(SourcePage::url).toList());
        for (int i = 0; i < pages.size(); i++) {
            for (String word : words.getOrDefault(pages.get(i).url(), "").split(" ")) {
                if (!word.isEmpty()) {
                    builder.add(i, builder.number(word), 1);
                }
            }
        }
        return builder.build();
    }

    private static List<String> urls(List<SourcePage> pages) {
        return pages.stream().map(SourcePage::url).toList();
    }

    private final SourcePage cats = TestPages.page("cats.md", "Cats", "");
    private final SourcePage kittens = TestPages.page("kittens.md", "Kittens", "");
    private final SourcePage tigers = TestPages.page("tigers.md", "Tigers", "");
    private final SourcePage pensions = TestPages.page("pensions.md", "Pensions", "");
    private final SourcePage savings = TestPages.page("savings.md", "Savings", "");

    private final Map<String, String> words = Map.of(
            "/cats/", "purr purr whisker whisker nap nap",
            "/kittens/", "purr purr whisker whisker nap nap milk",
            "/tigers/", "whisker whisker stripe stripe",
            "/pensions/", "money money retire retire",
            "/savings/", "money money interest interest");

    @Test
    void pagesSharingMoreCharacteristicWordsComeFirstAndUnrelatedPagesNotAtAll() {
        List<SourcePage> pages = List.of(cats, kittens, tigers, pensions, savings);

        Map<String, List<SourcePage>> related = RelatedArticles.find(pages, Map.of(), counts(pages, words), SourcePage::url);

        assertThat(urls(related.get("/cats/"))).containsExactly("/kittens/", "/tigers/");
        assertThat(urls(related.get("/tigers/"))).containsExactly("/cats/", "/kittens/");
        assertThat(urls(related.get("/pensions/"))).containsExactly("/savings/");
    }

    @Test
    void anInterruptedThreadStopsAtTheFirstArticleAndCanFindThemAfter() {
        List<SourcePage> pages = List.of(cats, kittens, tigers, pensions, savings);
        TermCounts counts = counts(pages, words);

        boolean stillInterrupted;
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> RelatedArticles.find(pages, Map.of(), counts, SourcePage::url))
                    .isInstanceOf(CancellationException.class);
        } finally {
            // Cleared whatever happened, so a failure here cannot stop the tests that run after on this thread.
            stillInterrupted = Thread.interrupted();
        }

        assertThat(stillInterrupted).as("the interrupt stays for the rest of the work").isTrue();
        assertThat(urls(RelatedArticles.find(pages, Map.of(), counts, SourcePage::url).get("/cats/")))
                .containsExactly("/kittens/", "/tigers/");
    }

    @Test
    void equalScoresAreInUrlOrder() {
        SourcePage lions = TestPages.page("lions.md", "Lions", "");
        List<SourcePage> pages = List.of(tigers, lions, cats);
        Map<String, String> same = Map.of("/cats/", "whisker whisker", "/lions/", "whisker whisker",
                "/tigers/", "whisker whisker");

        Map<String, List<SourcePage>> related = RelatedArticles.find(pages, Map.of(), counts(pages, same), SourcePage::url);

        assertThat(urls(related.get("/tigers/"))).containsExactly("/cats/", "/lions/");
    }

    @Test
    void learningPathNeighboursAreLeftOutAsTheyAreLinkedAlready() {
        List<SourcePage> pages = List.of(cats, kittens, tigers, pensions, savings);
        LearningPath path = new LearningPath("felines", "Felines", "/paths/felines/", List.of(cats, kittens));

        Map<String, List<SourcePage>> related = RelatedArticles.find(pages,
                Map.of("/cats/", new SeriesPlace(path, 1), "/kittens/", new SeriesPlace(path, 2)), counts(pages, words),
                SourcePage::url);

        assertThat(urls(related.get("/cats/"))).containsExactly("/tigers/");
        assertThat(urls(related.get("/kittens/"))).containsExactly("/tigers/");
    }

    @Test
    void aPageWithoutCountsHasNoRelatedArticlesAndIsNobodys() {
        SourcePage draft = TestPages.draft("draft.md", "Draft");
        List<SourcePage> pages = List.of(cats, kittens, draft);
        TermCounts.Builder builder = new TermCounts.Builder(List.of("/cats/", "/kittens/"));
        builder.add(0, builder.number("purr"), 2);
        builder.add(1, builder.number("purr"), 2);

        Map<String, List<SourcePage>> related = RelatedArticles.find(pages, Map.of(), builder.build(), SourcePage::url);

        assertThat(urls(related.get("/cats/"))).containsExactly("/kittens/");
        assertThat(related.get("/draft/")).isEmpty();
    }

    @Test
    void wordsUsedOnceOrShorterThanThreeLettersDoNotMakeAQuery() {
        List<SourcePage> pages = List.of(cats, kittens);
        Map<String, String> weak = Map.of("/cats/", "purr ox ox", "/kittens/", "purr ox ox");

        Map<String, List<SourcePage>> related = RelatedArticles.find(pages, Map.of(), counts(pages, weak), SourcePage::url);

        assertThat(related.get("/cats/")).isEmpty();
    }

    @Test
    void aThirdMatchIsAlwaysKeptButWeakerOnesOnlyNearTheBest() {
        List<SourcePage> pages = new ArrayList<>();
        StringBuilder query = new StringBuilder();
        Map<String, String> shared = new java.util.HashMap<>();
        String[] vocabulary = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot"};
        for (String word : vocabulary) {
            query.append(word).append(' ').append(word).append(' ');
        }
        pages.add(TestPages.page("a.md", "A", ""));
        shared.put("/a/", query.toString());
        // b shares every word; c to f one word each, all equal: c and d make three, e and f are too weak to follow.
        pages.add(TestPages.page("b.md", "B", ""));
        shared.put("/b/", query.toString());
        for (int i = 0; i < 4; i++) {
            String name = String.valueOf((char) ('c' + i));
            pages.add(TestPages.page(name + ".md", name.toUpperCase(), ""));
            shared.put("/" + name + "/", vocabulary[i]);
        }

        Map<String, List<SourcePage>> related = RelatedArticles.find(pages, Map.of(), counts(pages, shared), SourcePage::url);

        assertThat(urls(related.get("/a/"))).containsExactly("/b/", "/c/", "/d/");
    }

    @Test
    void countsAddUpAPagesFieldsAndKeepOnlySharedWordsButTheWholeLength() {
        TermCounts.Builder builder = new TermCounts.Builder(List.of("/one/", "/two/"));
        builder.add(0, builder.number("purr"), 2);
        builder.add(0, builder.number("lonely"), 1);
        builder.add(0, builder.number("purr"), 3);
        builder.add(1, builder.number("purr"), 1);

        TermCounts counts = builder.build();

        TermCounts.Page one = counts.page("/one/").orElseThrow();
        assertThat(one.terms()).hasSize(1);
        assertThat(counts.term(one.terms()[0])).isEqualTo("purr");
        assertThat(one.counts()).containsExactly(5);
        assertThat(one.length()).isEqualTo(6);
        assertThat(counts.page("/three/")).isEmpty();
    }

    @Test
    void plusAddsWordsNewAndKnownInAscendingOrderTakesAwayAtMostWhatIsThereAndKeepsLengthsTrue() {
        TermCounts.Builder builder = new TermCounts.Builder(List.of("/one/", "/two/"));
        builder.add(0, builder.number("purr"), 2);
        builder.add(0, builder.number("whisker"), 1);
        builder.add(1, builder.number("purr"), 1);
        builder.add(1, builder.number("whisker"), 1);
        TermCounts counts = builder.build();

        TermCounts more = counts.plus(Map.of("/one/", Map.of("kestrel", 2, "purr", 1, "whisker", -3),
                "/three/", Map.of("owl", 1)));

        TermCounts.Page one = more.page("/one/").orElseThrow();
        assertThat(one.terms()).isSorted();
        assertThat(java.util.Arrays.stream(one.terms()).mapToObj(more::term).toList()).containsExactly("purr", "kestrel");
        assertThat(one.counts()).containsExactly(3, 2);
        assertThat(one.length()).isEqualTo(3 + 1 + 2 - 1);
        assertThat(more.page("/two/")).isEqualTo(counts.page("/two/"));
        assertThat(more.page("/three/")).isEmpty();
        assertThat(counts.plus(Map.of("/one/", Map.of()))).isSameAs(counts);

        // Added words are applied each time a page is asked for; adding again builds on them.
        assertThat(more.page("/one/").orElseThrow().terms()).isEqualTo(one.terms());
        assertThat(counts.page("/one/").orElseThrow().counts()).containsExactly(2, 1);
        TermCounts again = more.plus(Map.of("/one/", Map.of("kestrel", -1, "owl", 4)));
        TermCounts.Page twice = again.page("/one/").orElseThrow();
        assertThat(java.util.Arrays.stream(twice.terms()).mapToObj(again::term).toList())
                .containsExactly("purr", "kestrel", "owl");
        assertThat(twice.counts()).containsExactly(3, 1, 4);
        assertThat(twice.length()).isEqualTo(one.length() - 1 + 4);
        assertThat(again.page("/two/").orElseThrow().counts()).isEqualTo(counts.page("/two/").orElseThrow().counts());
    }
}
