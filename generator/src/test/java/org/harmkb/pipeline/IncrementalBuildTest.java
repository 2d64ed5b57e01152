package org.harmkb.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A session's rebuilds ({@code serve}) reuse earlier work, yet after every kind of edit the output folder
 * is byte-for-byte what a fresh build of the same input writes.
 */
class IncrementalBuildTest {

    @TempDir
    Path temp;

    private Path site;
    private BuildCache cache;
    private SiteBuilder session;
    /** Paths changed since the last session build, as a file watcher would report them. */
    private final Set<Path> touched = new HashSet<>();
    /** Whether session builds are told what changed (serve's watcher) or must look at every file. */
    private boolean hints;

    @BeforeEach
    void createSite() throws IOException {
        site = temp.resolve("site");
        write("site-config.yaml", "title: \"Test site\"\ndescription: \"About.\"\nbase_url: \"https://example.org/kb/\"\n");
        write("content/index.md", page("Home", "Welcome.", "2026-01-01") + "Hello.\n");
        write("content/guides/first.md", page("First", "The first.", "2026-01-02") + "## Start\n\nSee [second](second.md).\n");
        write("content/guides/second.md", page("Second", "The second.", "2026-01-03") + "![A diagram](diagram.png)\n");
        write("content/guides/diagram.png", "png bytes");
        write("content/guides/draft.md", "---\ntitle: \"Draft\"\ndescription: \"Not yet.\"\ndraft: true\n---\nSoon.\n");
        copyTree(Path.of("theme"), site.resolve("theme"));
        backdate(site);
        cache = BuildCache.create();
        session = new SiteBuilder(cache, BuildProgress.NONE);
        touched.clear();
    }

    @ParameterizedTest(name = "told what changed: {0}")
    @ValueSource(booleans = {false, true})
    void everyKindOfEditGivesTheSameBytesAsAFreshBuild(boolean toldWhatChanged) throws IOException {
        hints = toldWhatChanged;
        assertSameAsFreshBuild("first build");

        append("content/guides/first.md", "\nA new paragraph.\n");
        assertSameAsFreshBuild("body edit");

        replace("content/guides/second.md", "title: \"Second\"", "title: \"Second, renamed\"");
        assertSameAsFreshBuild("title edit");

        replace("content/guides/first.md", "## Start", "## Beginning");
        assertSameAsFreshBuild("heading edit");

        write("content/guides/third.md", page("Third", "The third.", "2026-02-01") + "Links to [first](first.md).\n");
        assertSameAsFreshBuild("page added");

        delete("content/guides/third.md");
        assertSameAsFreshBuild("page deleted");

        write("content/glossary/consent.md", "---\ntitle: \"Consent\"\ndescription: \"Agreeing freely.\"\n---\nMore.\n");
        append("content/guides/first.md", "\nYour consent matters here.\n");
        append("content/guides/second.md", "\nThe page [[first]] says where to start.\n");
        assertSameAsFreshBuild("glossary entry and wikilink added");

        replace("content/guides/first.md", "title: \"First\"", "title: \"First, renamed\"");
        assertSameAsFreshBuild("wikilink target renamed");

        replace("content/guides/second.md", "says where to start", "explains where to begin");
        assertSameAsFreshBuild("backlink sentence edited");

        replace("content/glossary/consent.md", "title: \"Consent\"", "title: \"Consent\"\nsynonyms: [\"agreement\"]");
        append("content/guides/second.md", "\nAn agreement is needed.\n");
        assertSameAsFreshBuild("glossary synonym added");

        replace("content/guides/first.md", "date: 2026-01-02", "date: 2026-01-02\ntags: [\"consent\"]\nseries: \"Basics\"\nseries_order: 1");
        replace("content/guides/second.md", "date: 2026-01-03", "date: 2026-01-03\ntags: [\"consent\"]\nseries: \"Basics\"\nseries_order: 2");
        assertSameAsFreshBuild("topic and learning path added");

        replace("content/guides/second.md", "series_order: 2", "series_order: 2\naliases: [\"/old-second/\"]");
        assertSameAsFreshBuild("alias added");

        replace("content/guides/first.md", "tags: [\"consent\"]", "tags: []");
        assertSameAsFreshBuild("tag removed");

        write("content/more/deep/fourth.md", page("Fourth", "In a new folder.", "2026-02-02") + "Text.\n");
        assertSameAsFreshBuild("page added in new folders");

        delete("content/more/deep/fourth.md");
        delete("content/more/deep");
        delete("content/more");
        assertSameAsFreshBuild("folders deleted");

        write("content/_notes/ignored.md", "not a page");
        write("content/guides/.draft.md.swp", "editor swap file");
        assertSameAsFreshBuild("ignored files written");

        write("content/guides/diagram.png", "other png bytes");
        write("content/guides/files/letter.txt", "Dear …");
        assertSameAsFreshBuild("static files changed and added");

        replace("content/guides/draft.md", "draft: true", "draft: false");
        assertSameAsFreshBuild("draft published");

        append("theme/assets/style.css", "\n.new-rule { color: inherit; }\n");
        assertSameAsFreshBuild("theme asset changed");

        replace("theme/templates/article.peb", "<article>", "<article class=\"changed\">");
        assertSameAsFreshBuild("template changed");

        replace("site-config.yaml", "Test site", "Renamed site");
        assertSameAsFreshBuild("config changed");
    }

    @Test
    void aBuildToldWhatChangedLooksAtNothingElseAndAnUntoldBuildFindsEverything() throws IOException {
        hints = true;
        build(session, out("session"));
        Path other = site.resolve("content/guides/second.md");
        Files.writeString(other, Files.readString(other) + "\nChanged behind the watcher's back.\n");
        append("content/guides/first.md", "\nA reported edit.\n");
        build(session, out("session"));
        assertThat(Files.readString(out("session").resolve("guides/first/index.html"))).contains("A reported edit.");
        assertThat(Files.readString(out("session").resolve("guides/second/index.html"))).doesNotContain("behind the watcher");

        cache.expectAnyChanges();
        hints = false;
        build(session, out("session"));
        assertSameTree(out("session"), freshBuild());
    }

    /**
     * Four similar guides built by a session that defers slow work (as serve does), then one of them given new
     * words: the next build leaves the search index and related articles for later.
     */
    private void buildPacingGuidesDeferringSlowWorkThenEditAlpha() throws IOException {
        for (String name : List.of("alpha", "beta", "gamma", "delta")) {
            write("content/guides/" + name + ".md", page("Pacing " + name, "About pacing.", "2026-01-05")
                    + "Pacing and readiness in therapy. Going slowly with painful memories, pacing every session, "
                    + "readiness before trauma work, " + name + " " + name + ".\n");
        }
        cache.deferSlowWork(true);
        build(session, out("session"));
        append("content/guides/alpha.md", "\nComplaints, complaints, regulators and complaints about a therapist.\n");
    }

    @Test
    void relatedArticlesLeftForLaterCatchUpToAFreshBuild() throws IOException {
        buildPacingGuidesDeferringSlowWorkThenEditAlpha();
        build(session, out("session"));
        assertThat(session.leftWorkUndone()).as("a changed article leaves related articles for later").isTrue();
        assertThat(session.computeDeferredWork()).isTrue();
        cache.deferSlowWork(false);
        assertSameAsFreshBuild("after the deferred work");
        assertThat(session.leftWorkUndone()).isFalse();
    }

    @Test
    void deferredWorkStoppedBySaveStaysDueAndCatchesUpLater() throws IOException {
        buildPacingGuidesDeferringSlowWorkThenEditAlpha();
        build(session, out("session"));
        assertThat(session.leftWorkUndone()).isTrue();
        // serve interrupts the thread computing ahead when the author saves: the work stops at its first
        // checkpoint, computes nothing and stays due.
        boolean computed;
        boolean stillInterrupted;
        Thread.currentThread().interrupt();
        try {
            computed = session.computeDeferredWork();
        } finally {
            // Cleared whatever happened, so a failure here cannot stop the tests that run after on this thread.
            stillInterrupted = Thread.interrupted();
        }
        assertThat(computed).as("stopped before anything was computed").isFalse();
        assertThat(stillInterrupted).as("the interrupt stays for serve to clear").isTrue();
        assertThat(session.leftWorkUndone()).isTrue();
        build(session, out("session"));
        assertThat(session.leftWorkUndone()).isTrue();
        int rounds = 0;
        while (session.leftWorkUndone() && rounds < 3) {
            assertThat(session.computeDeferredWork()).isTrue();
            build(session, out("session"));
            rounds++;
        }
        assertThat(SiteTrees.digest(out("session"))).isEqualTo(SiteTrees.digest(freshBuild()));
    }

    @Test
    void relatedArticlesFollowADeferredSearchIndexOnceServeCatchesUp() throws IOException {
        buildPacingGuidesDeferringSlowWorkThenEditAlpha();
        append("content/guides/beta.md", "\nComplaints and regulators, regulators and complaints.\n");
        build(session, out("session"));
        // As serve does: while work is left, compute it and rebuild. Related articles read the index's words,
        // so they follow one round after the index.
        int rounds = 0;
        while (session.leftWorkUndone() && rounds < 3) {
            assertThat(session.computeDeferredWork()).isTrue();
            build(session, out("session"));
            rounds++;
        }
        assertThat(rounds).isEqualTo(2);
        assertThat(SiteTrees.digest(out("session"))).isEqualTo(SiteTrees.digest(freshBuild()));
    }

    @Test
    void brokenLinksFollowEditsToThePagesTheyPointAt() throws IOException {
        hints = true;
        replace("content/guides/first.md", "See [second](second.md).", "See [later in second](second.md#later).");
        assertSameDiagnosticsAsFreshBuild("anchor missing", 1);

        append("content/guides/second.md", "\n## Later\n\nNow it is here.\n");
        assertSameDiagnosticsAsFreshBuild("heading added to the target", 0);

        append("content/index.md", "\nAn unrelated edit.\n");
        assertSameDiagnosticsAsFreshBuild("another page edited", 0);

        replace("content/guides/second.md", "## Later", "## After");
        assertSameDiagnosticsAsFreshBuild("heading renamed on the target", 1);

        append("content/index.md", "\nAnother unrelated edit.\n");
        assertSameDiagnosticsAsFreshBuild("the error is reported again while unfixed", 1);

        replace("content/guides/first.md", "second.md#later", "second.md#after");
        assertSameDiagnosticsAsFreshBuild("link fixed", 0);

        replace("content/guides/draft.md", "Soon.", "Soon, with [[first]].");
        append("content/index.md", "\nSee [[draft]].\n");
        assertSameDiagnosticsAsFreshBuild("link to a draft", 1);

        replace("content/guides/draft.md", "draft: true", "draft: false");
        assertSameDiagnosticsAsFreshBuild("draft published", 0);
        assertSameAsFreshBuild("after the link edits");
    }

    @Test
    void outputCollisionsFollowEditsAndAreReportedAgainWhileUnfixed() throws IOException {
        hints = true;
        assertSameDiagnosticsAsFreshBuild("no collision", 0);

        replace("content/guides/second.md", "date: 2026-01-03", "date: 2026-01-03\naliases: [\"/guides/first/\"]");
        assertSameDiagnosticsAsFreshBuild("alias at another page's address", 1);

        append("content/index.md", "\nAn unrelated edit.\n");
        assertSameDiagnosticsAsFreshBuild("the collision is reported again while unfixed", 1);

        replace("content/guides/second.md", "aliases: [\"/guides/first/\"]", "aliases: [\"/old-second/\"]");
        assertSameDiagnosticsAsFreshBuild("alias moved", 0);

        write("content/old-second/index.html", "a static file where the alias's redirect goes");
        assertSameDiagnosticsAsFreshBuild("static file at the alias's redirect", 1);

        delete("content/old-second/index.html");
        delete("content/old-second");
        assertSameDiagnosticsAsFreshBuild("static file removed", 0);
        assertSameAsFreshBuild("after the collisions");
    }

    @Test
    void warningsFollowTheLinesTheyPointAtWhenOnlyLinesMove() throws IOException {
        hints = true;
        replace("content/guides/first.md", "date: 2026-01-02", "date: 2026-01-02\ntags: [\"pacing\"]");
        assertSameDiagnosticsAsFreshBuild("undeclared tag", 0);

        replace("content/guides/first.md", "date: 2026-01-02\ntags: [\"pacing\"]", "date: 2026-01-02");
        replace("content/guides/first.md", "---\ntitle: \"First\"", "---\ntags: [\"pacing\"]\ntitle: \"First\"");
        BuildResult moved = build(session, out("session"));
        assertThat(moved.diagnostics()).anySatisfy(d -> assertThat(d.line()).isEqualTo(2));
        assertThat(moved.diagnostics()).isEqualTo(build(new SiteBuilder(), out("fresh")).diagnostics());
    }

    @Test
    void aDuplicateTitleIsWarnedWhileItLastsAndItsLineFollowsEdits() throws IOException {
        build(session, out("session"));
        replace("content/guides/first.md", "title: \"First\"", "title: \"Second\"");
        assertSameDiagnosticsAsFreshBuild("duplicate title", 0);
        assertThat(build(session, out("session")).diagnostics())
                .anySatisfy(d -> assertThat(d.message()).startsWith("another page has the same title"));

        replace("content/guides/first.md", "---\ntitle: \"Second\"", "---\ntags: [\"pacing\"]\ntitle: \"Second\"");
        assertSameDiagnosticsAsFreshBuild("the title moved a line down", 0);

        replace("content/guides/first.md", "title: \"Second\"", "title: \"First\"");
        assertSameDiagnosticsAsFreshBuild("titles unique again", 0);
        assertThat(build(session, out("session")).diagnostics())
                .noneSatisfy(d -> assertThat(d.message()).startsWith("another page has the same title"));
    }

    private void assertSameDiagnosticsAsFreshBuild(String step, int errors) {
        BuildResult incremental = build(session, out("session"));
        BuildResult fresh = build(new SiteBuilder(), out("fresh"));
        assertThat(incremental.diagnostics()).as(step).isEqualTo(fresh.diagnostics());
        assertThat(incremental.errorCount()).as(step + ": " + incremental.diagnostics()).isEqualTo(errors);
    }

    @Test
    void aBodyEditRewritesOnlyThatPage() throws IOException {
        build(session, out("session"));
        append("content/guides/first.md", "\nOne more sentence.\n");
        BuildResult result = build(session, out("session"));
        assertThat(result.changes().everything()).isFalse();
        // The search index holds the page's words; nothing else may change.
        assertThat(result.changes().files()).contains("guides/first/index.html")
                .allMatch(file -> file.equals("guides/first/index.html") || file.startsWith("search/"));
        assertSameTree(out("session"), freshBuild());
    }

    @Test
    void aFailedRebuildLeavesTheLastGoodSiteAndTheNextGoodOneIsComplete() throws IOException {
        build(session, out("session"));
        Map<String, String> before = SiteTrees.digest(out("session"));
        String original = Files.readString(site.resolve("content/guides/first.md"));
        append("content/guides/second.md", "\nAn edit made while the other file is broken.\n");
        write("content/guides/first.md", "---\ntitle: [unclosed\n---\nBroken.\n");
        BuildResult failed = build(session, out("session"));
        assertThat(failed.succeeded()).isFalse();
        assertThat(SiteTrees.digest(out("session"))).isEqualTo(before);

        write("content/guides/first.md", original);
        BuildResult fixed = build(session, out("session"));
        assertThat(fixed.succeeded()).isTrue();
        assertSameTree(out("session"), freshBuild());
    }

    @Test
    void sameSizeEditWithinOneTimestampIsStillSeen() throws IOException {
        Path file = site.resolve("content/guides/first.md");
        String text = Files.readString(file);
        Files.writeString(file, text);
        build(session, out("session"));
        FileTime stamp = Files.getLastModifiedTime(file);
        Files.writeString(file, text.replace("See [second]", "Try [second]"));
        // Coarse file systems (and Linux's jiffy clock) can give a write just after a build the same time.
        Files.setLastModifiedTime(file, stamp);
        build(session, out("session"));
        assertThat(Files.readString(out("session").resolve("guides/first/index.html"))).contains("Try <a");
        assertSameTree(out("session"), freshBuild());
    }

    private void assertSameAsFreshBuild(String step) throws IOException {
        BuildResult result = build(session, out("session"));
        assertThat(result.errorCount()).as(step + ": " + result.diagnostics()).isZero();
        assertThat(SiteTrees.digest(out("session"))).as(step).isEqualTo(SiteTrees.digest(freshBuild()));
    }

    private void assertSameTree(Path actual, Path expected) throws IOException {
        assertThat(SiteTrees.digest(actual)).isEqualTo(SiteTrees.digest(expected));
    }

    private Path freshBuild() {
        Path out = out("fresh");
        BuildResult result = build(new SiteBuilder(), out);
        assertThat(result.errorCount()).as(result.diagnostics().toString()).isZero();
        return out;
    }

    private BuildResult build(SiteBuilder builder, Path out) {
        if (builder == session && hints) {
            cache.expectChanges(touched);
            touched.clear();
        }
        return builder.build(BuildOptions.defaults(site.resolve("site-config.yaml")).withOutputDir(out));
    }

    private Path out(String name) {
        return temp.resolve("out-" + name).resolve("public");
    }

    private static String page(String title, String description, String date) {
        return "---\ntitle: \"" + title + "\"\ndescription: \"" + description + "\"\ndate: " + date + "\n---\n";
    }

    private void write(String relative, String text) throws IOException {
        Path file = site.resolve(relative).toAbsolutePath().normalize();
        for (Path folder = file.getParent(); !Files.exists(folder); folder = folder.getParent()) {
            touched.add(folder);
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        touched.add(file);
    }

    private void delete(String relative) throws IOException {
        Path path = site.resolve(relative).toAbsolutePath().normalize();
        Files.delete(path);
        touched.add(path);
    }

    private void append(String relative, String text) throws IOException {
        write(relative, Files.readString(site.resolve(relative)) + text);
    }

    private void replace(String relative, String from, String to) throws IOException {
        String text = Files.readString(site.resolve(relative));
        assertThat(text).contains(from);
        write(relative, text.replace(from, to));
    }

    /**
     * Makes every file look written a minute ago, as files are when an author starts {@code serve}: stamps
     * of files written within {@link org.harmkb.output.FileStamp#SETTLE_MILLIS} of a build are not trusted, by design.
     */
    private static void backdate(Path root) throws IOException {
        FileTime minuteAgo = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, minuteAgo);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
