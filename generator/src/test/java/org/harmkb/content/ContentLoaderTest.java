package org.harmkb.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.harmkb.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    @Test
    void fileNamesMapToPrettyLowerCaseUrls() {
        assertThat(ContentLoader.urlOf("index.md")).isEqualTo("/");
        assertThat(ContentLoader.urlOf("rights/index.md")).isEqualTo("/rights/");
        assertThat(ContentLoader.urlOf("Your Rights/Making a Complaint.md")).isEqualTo("/your-rights/making-a-complaint/");
        assertThat(ContentLoader.urlOf("a/Café & Co.md")).isEqualTo("/a/cafe-co/");
    }

    @Test
    void slugsAreTheFileNameOrTheFolderForIndexPages() {
        assertThat(ContentLoader.slugOf("rights/complaints.md")).isEqualTo("complaints");
        assertThat(ContentLoader.slugOf("rights/index.md")).isEqualTo("rights");
        assertThat(ContentLoader.slugOf("index.md")).isEqualTo("index");
    }

    @Test
    void aPageOverTheSizeLimitIsReportedBeforeItIsRead(@TempDir Path dir) throws Exception {
        String front = "---\ntitle: \"Huge\"\ndescription: \"D\"\n---\n";
        Files.writeString(dir.resolve("huge.md"), front + "word ".repeat((int) (ContentLoader.MAX_PAGE_BYTES / 5) + 1));
        Files.writeString(dir.resolve("fine.md"), front + "Text.\n");
        Diagnostics diagnostics = new Diagnostics();

        ContentSet content = new ContentLoader(dir, false, diagnostics).load();

        assertThat(content.pages()).extracting(SourcePage::contentPath).containsExactly("fine.md");
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.path()).endsWith("huge.md");
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.message()).isEqualTo("this page is 8.0 MB; a page may be at most 8 MB");
        });
    }

    @Test
    void anotherPagesErrorNeverDropsAGoodPage(@TempDir Path dir) throws Exception {
        // Pages are read in parallel into one Diagnostics: a good page read while bad pages report errors
        // used to see the shared error count move and was dropped without a word.
        for (int i = 0; i < 300; i++) {
            Files.writeString(dir.resolve("bad-" + i + ".md"), "---\ntitle: \"Bad\"\n---\nNo description.\n");
            Files.writeString(dir.resolve("good-" + i + ".md"), "---\ntitle: \"Good " + i + "\"\ndescription: \"D\"\n---\nText.\n");
        }
        Diagnostics diagnostics = new Diagnostics();

        ContentSet content = new ContentLoader(dir, false, diagnostics).load();

        assertThat(content.pages()).hasSize(300).allSatisfy(page -> assertThat(page.contentPath()).startsWith("good-"));
        assertThat(diagnostics.errorCount()).isEqualTo(300);
        assertThat(diagnostics.all()).allSatisfy(d -> assertThat(d.path()).contains("bad-"));
    }

    /** Reads every file, but remembers the last load as a session's cache does. */
    private static final class RememberingCache implements SourceCache {
        ContentSet last;

        @Override
        public java.util.Optional<SourcePage> read(Path file, java.nio.file.attribute.BasicFileAttributes attributes,
                Diagnostics diagnostics, java.util.function.BiFunction<Path, Diagnostics, java.util.Optional<SourcePage>> reader) {
            return reader.apply(file, diagnostics);
        }

        @Override
        public java.util.Optional<ContentSet> lastLoaded() {
            return java.util.Optional.ofNullable(last);
        }

        @Override
        public void loaded(ContentSet content, boolean reusable) {
            last = reusable ? content : null;
        }
    }

    private static String page(String title, String text) {
        return "---\ntitle: \"" + title + "\"\ndescription: \"D\"\n---\n" + text + "\n";
    }

    @Test
    void aLoadWithEveryPageAtItsLastAddressReusesTheSitePathsAndOneThatMovedDoesNot(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.md"), page("A", "Apple."));
        Files.writeString(dir.resolve("b.md"), page("B", "Bread."));
        RememberingCache cache = new RememberingCache();
        ContentSet first = new ContentLoader(dir, false, java.util.Set.of(), new Diagnostics(), cache).load();

        Files.writeString(dir.resolve("b.md"), page("B", "Bread, edited."));
        ContentSet edited = new ContentLoader(dir, false, java.util.Set.of(), new Diagnostics(), cache).load();
        assertThat(edited.sitePaths()).isSameAs(first.sitePaths());
        assertThat(edited.pages().get(1).body()).contains("edited");

        Files.move(dir.resolve("b.md"), dir.resolve("c.md"));
        ContentSet moved = new ContentLoader(dir, false, java.util.Set.of(), new Diagnostics(), cache).load();
        assertThat(moved.sitePaths()).containsEntry("c.md", "/c/").doesNotContainKey("b.md");
    }

    @Test
    void twoPagesAtOneUrlAreReportedAtEveryLoad(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.md"), page("A", "Apple."));
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/index.md"), page("A again", "Apple."));
        RememberingCache cache = new RememberingCache();
        for (int load = 0; load < 2; load++) {
            Diagnostics diagnostics = new Diagnostics();
            new ContentLoader(dir, false, java.util.Set.of(), diagnostics, cache).load();
            assertThat(diagnostics.all()).anySatisfy(d -> assertThat(d.message()).contains("would both be published at /a/"));
        }
    }
}
