package org.harmkb.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.harmkb.content.SourcePage;
import org.harmkb.link.TestPages;
import org.junit.jupiter.api.Test;

/** Serve's related articles, updated for the pages that changed, are what reading every list afresh gives. */
class CurrentRelatedTest {

    private static final List<String> NAMES = List.of("alder", "birch", "cedar", "damson", "elder");

    private static List<SourcePage> articles(String bodyOfBirch) {
        List<SourcePage> pages = new ArrayList<>();
        for (String name : NAMES) {
            pages.add(TestPages.page(name + ".md", name, name.equals("birch") ? bodyOfBirch : "About " + name + "."));
        }
        return pages;
    }

    /** {@code pages} with the article called {@code name} given a new body: a new instance at the same place. */
    private static List<SourcePage> edited(List<SourcePage> pages, String name, String body) {
        List<SourcePage> now = new ArrayList<>(pages);
        now.set(NAMES.indexOf(name), TestPages.page(name + ".md", name, body));
        return now;
    }

    /** Each article's related list: the two articles after it, wrapping round. */
    private static Map<String, List<SourcePage>> related(List<SourcePage> pages) {
        Map<String, List<SourcePage>> related = new java.util.HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            related.put(pages.get(i).url(), List.of(pages.get((i + 1) % pages.size()), pages.get((i + 2) % pages.size())));
        }
        return Map.copyOf(related);
    }

    @Test
    void anEditedArticleIsSwappedIntoEveryListThatNamesItAndNoOtherListChanges() {
        List<SourcePage> first = articles("Birch bark.");
        Map<String, List<SourcePage>> related = related(first);
        CurrentRelated current = new CurrentRelated();
        Map<String, List<SourcePage>> before = current.of(related, first);

        List<SourcePage> edited = edited(first, "birch", "Birch bark, edited.");
        Map<String, List<SourcePage>> after = current.of(related, edited);

        assertThat(after).isEqualTo(CurrentRelated.byCurrentPages(related, edited));
        // alder and elder name birch; their lists now hold the edited page itself.
        assertThat(after.get("/alder/").get(0)).isSameAs(edited.get(1));
        assertThat(after.get("/elder/").get(1)).isSameAs(edited.get(1));
        assertThat(after.get("/cedar/")).isSameAs(before.get("/cedar/"));
        assertThat(after.get("/birch/")).isSameAs(before.get("/birch/"));
    }

    @Test
    void aSecondEditAfterTheFirstStillReadsAgainstTheNewestPages() {
        List<SourcePage> first = articles("Birch bark.");
        Map<String, List<SourcePage>> related = related(first);
        CurrentRelated current = new CurrentRelated();
        current.of(related, first);
        current.of(related, edited(first, "birch", "Second."));
        List<SourcePage> third = edited(edited(first, "birch", "Third."), "damson", "Damson, edited.");

        Map<String, List<SourcePage>> after = current.of(related, third);

        assertThat(after).isEqualTo(CurrentRelated.byCurrentPages(related, third));
        assertThat(after.get("/alder/").get(0)).isSameAs(third.get(1));
        assertThat(after.get("/birch/").get(1)).isSameAs(third.get(3));
    }

    @Test
    void aDeletedArticleLeavesEveryListThatNamedIt() {
        List<SourcePage> first = articles("Birch bark.");
        Map<String, List<SourcePage>> related = related(first);
        CurrentRelated current = new CurrentRelated();
        current.of(related, first);
        List<SourcePage> fewer = new ArrayList<>(first);
        fewer.remove(1);

        Map<String, List<SourcePage>> after = current.of(related, fewer);

        assertThat(after).doesNotContainKey("/birch/");
        assertThat(after.get("/alder/")).extracting(SourcePage::url).containsExactly("/cedar/");
        assertThat(after).isEqualTo(CurrentRelated.byCurrentPages(related, fewer));
    }

    @Test
    void newlyFoundRelatedArticlesAreReadInFull() {
        List<SourcePage> first = articles("Birch bark.");
        CurrentRelated current = new CurrentRelated();
        current.of(related(first), first);
        List<SourcePage> edited = edited(first, "birch", "Edited.");
        Map<String, List<SourcePage>> foundAgain = related(edited);

        assertThat(current.of(foundAgain, edited)).isEqualTo(foundAgain);
    }

    @Test
    void manyEditsOfALargeSiteReadAsAFreshReadingWould() {
        List<SourcePage> pages = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pages.add(TestPages.page("page-" + i + ".md", "Page " + i, "Text " + i + "."));
        }
        Map<String, List<SourcePage>> related = related(pages);
        CurrentRelated current = new CurrentRelated();
        current.of(related, pages);
        List<SourcePage> now = new ArrayList<>(pages);
        for (int edit = 0; edit < 12; edit++) {
            int at = (edit * 7) % now.size();
            now.set(at, TestPages.page("page-" + at + ".md", "Page " + at, "Edit " + edit + "."));
            Map<String, List<SourcePage>> after = current.of(related, List.copyOf(now));
            Map<String, List<SourcePage>> fresh = CurrentRelated.byCurrentPages(related, now);
            assertThat(after).isEqualTo(fresh);
            assertThat(fresh).isEqualTo(after);
            assertThat(after.hashCode()).isEqualTo(fresh.hashCode());
            for (SourcePage page : now) {
                assertThat(after.get(page.url())).containsExactlyElementsOf(fresh.get(page.url()));
                for (int k = 0; k < 2; k++) {
                    assertThat(after.get(page.url()).get(k)).isSameAs(fresh.get(page.url()).get(k));
                }
            }
        }
    }
}
