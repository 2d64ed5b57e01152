package org.harmkb.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.harmkb.content.ContentSet;
import org.harmkb.content.SourcePage;
import org.harmkb.content.StaticFile;
import org.junit.jupiter.api.Test;

class LinkTargetsTest {

    private final SourcePage home = TestPages.page("index.md", "Home", "");
    private final SourcePage concern = TestPages.page("self-advocacy/raising-a-concern.md", "Raising a concern", "");
    private final SourcePage section = TestPages.page("self-advocacy/index.md", "Self-advocacy", "");
    private final SourcePage complaintsA = TestPages.page("rights/complaints.md", "Complaints", "");
    private final SourcePage complaintsB = TestPages.page("uk/complaints.md", "UK complaints", "");
    private final SourcePage draft = TestPages.draft("rights/coming-soon.md", "Coming soon");
    private final LinkTargets targets = new LinkTargets(ContentSet.of(List.of(home, concern, section, complaintsA, complaintsB),
            List.of(draft), List.of(new StaticFile(Path.of("/x"), "rights/letter template.pdf", "/rights/letter template.pdf"))));

    @Test
    void bareSlugFindsTheOnePageWithThatFileName() {
        assertThat(targets.resolveWikiLink(home, "raising-a-concern")).isEqualTo(new Resolution.ToPage(concern, ""));
    }

    @Test
    void wikilinkWordsAndExtensionAreSlugifiedLikeFileNames() {
        assertThat(targets.resolveWikiLink(home, "Raising a Concern.md")).isEqualTo(new Resolution.ToPage(concern, ""));
    }

    @Test
    void headingTextInAWikilinkBecomesItsAnchorId() {
        assertThat(targets.resolveWikiLink(home, "raising-a-concern#What You Can Do?"))
                .isEqualTo(new Resolution.ToPage(concern, "what-you-can-do"));
    }

    @Test
    void folderSlugFindsTheFoldersIndexPage() {
        assertThat(targets.resolveWikiLink(home, "self-advocacy")).isEqualTo(new Resolution.ToPage(section, ""));
    }

    @Test
    void sharedSlugIsAmbiguousUntilTheFolderIsNamed() {
        assertThat(targets.resolveWikiLink(home, "complaints"))
                .isEqualTo(new Resolution.Ambiguous(List.of(complaintsA, complaintsB)));
        assertThat(targets.resolveWikiLink(home, "uk/complaints")).isEqualTo(new Resolution.ToPage(complaintsB, ""));
    }

    @Test
    void draftsAreFoundSoLinksToThemCanBeReported() {
        assertThat(targets.resolveWikiLink(home, "coming-soon")).isEqualTo(new Resolution.ToDraft(draft));
        assertThat(targets.resolveHref(complaintsA, "coming-soon.md")).isEqualTo(new Resolution.ToDraft(draft));
    }

    @Test
    void missingWikilinkSuggestsTheClosestSlug() {
        assertThat(targets.resolveWikiLink(home, "raisng-a-concern"))
                .isEqualTo(new Resolution.Missing("raisng-a-concern", "raising-a-concern"));
    }

    @Test
    void relativeHrefResolvesAgainstTheMarkdownFilesFolder() {
        assertThat(targets.resolveHref(concern, "../rights/complaints.md#before"))
                .isEqualTo(new Resolution.ToPage(complaintsA, "before"));
        assertThat(targets.resolveHref(concern, "./index.md")).isEqualTo(new Resolution.ToPage(section, ""));
    }

    @Test
    void percentEncodedFileNamesAndQueriesResolve() {
        assertThat(targets.resolveHref(complaintsA, "letter%20template.pdf?download=1"))
                .isEqualTo(new Resolution.ToFile("/rights/letter template.pdf", ""));
    }

    @Test
    void missingRelativeHrefSuggestsAPathRelativeToThePage() {
        assertThat(targets.resolveHref(concern, "../rights/complaint.md"))
                .isEqualTo(new Resolution.Missing("rights/complaint.md", "../rights/complaints.md"));
    }

    @Test
    void climbingOutOfTheContentFolderIsMissing() {
        assertThat(targets.resolveHref(home, "../../etc/passwd")).isInstanceOf(Resolution.Missing.class);
    }

    @Test
    void sitePathsFindPagesOrAreLeftForGeneratedPages() {
        assertThat(targets.resolveHref(home, "/rights/complaints")).isEqualTo(new Resolution.ToPage(complaintsA, ""));
        assertThat(targets.resolveHref(home, "/topics/consent/#x")).isEqualTo(new Resolution.OtherSitePath("/topics/consent/", "x"));
    }

    @Test
    void otherSitesAndBareFragmentsAreNotPages() {
        assertThat(targets.resolveHref(home, "https://example.com/a.md")).isInstanceOf(Resolution.External.class);
        assertThat(targets.resolveHref(home, "mailto:someone@example.org")).isInstanceOf(Resolution.External.class);
        assertThat(targets.resolveHref(home, "//cdn.example.com/x.md")).isInstanceOf(Resolution.External.class);
        assertThat(targets.resolveHref(home, "#top")).isEqualTo(new Resolution.SamePage("top"));
    }

    private ContentSet contentWith(SourcePage concernNow) {
        return ContentSet.of(List.of(home, concernNow, section, complaintsA, complaintsB), List.of(draft),
                List.of(new StaticFile(Path.of("/x"), "rights/letter template.pdf", "/rights/letter template.pdf")));
    }

    @Test
    void updatedForAnEditedPageResolvesEveryWayToTheEditedPageAndKeepsTheKeys() {
        ContentSet before = contentWith(concern);
        LinkTargets first = new LinkTargets(before);
        SourcePage edited = TestPages.page("self-advocacy/raising-a-concern.md", "Raising a concern", "New words.");

        LinkTargets updated = first.updatedFor(contentWith(edited), org.harmkb.memo.Memos.NONE);

        assertThat(updated.resolveWikiLink(home, "raising-a-concern")).isEqualTo(new Resolution.ToPage(edited, ""));
        assertThat(((Resolution.ToPage) updated.resolveWikiLink(home, "raising-a-concern")).page()).isSameAs(edited);
        assertThat(((Resolution.ToPage) updated.resolveHref(home, "self-advocacy/raising-a-concern.md")).page()).isSameAs(edited);
        assertThat(((Resolution.ToPage) updated.resolveHref(home, "/self-advocacy/raising-a-concern/")).page()).isSameAs(edited);
        assertThat(updated.pageAt("/self-advocacy/raising-a-concern/")).containsSame(edited);
        assertThat(updated.renderKey()).isSameAs(first.renderKey());
        // A later update that changes nothing else keeps the edited page.
        LinkTargets again = updated.updatedFor(contentWith(edited), org.harmkb.memo.Memos.NONE);
        assertThat(again.pageAt("/self-advocacy/raising-a-concern/")).containsSame(edited);
    }

    @Test
    void updatedForARetitledPageIsBuiltAfreshWithTheNewTitle() {
        LinkTargets first = new LinkTargets(contentWith(concern));
        SourcePage retitled = TestPages.page("self-advocacy/raising-a-concern.md", "Speaking up", "");

        LinkTargets updated = first.updatedFor(contentWith(retitled), org.harmkb.memo.Memos.NONE);

        assertThat(updated.renderKey()).isNotEqualTo(first.renderKey());
        assertThat(updated.renderKey()).isEqualTo(new LinkTargets(contentWith(retitled)).renderKey());
        assertThat(updated.resolve(home, "raising-a-concern")).get().extracting(t -> t.title()).isEqualTo("Speaking up");
    }
}
