package org.harmkb.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.harmkb.config.ConfigLoader;
import org.harmkb.config.LintSettings;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.ContentLoader;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostic;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.Severity;
import org.harmkb.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The date checks measured against a fixed "today", at the edges of their windows. */
class DateChecksTest {

    @TempDir
    Path dir;

    private List<Diagnostic> check(String config, String page, LocalDate today, Severity warnings) throws Exception {
        Files.writeString(dir.resolve("site-config.yaml"), "title: T\ndescription: D\nbase_url: https://example.org/\n" + config);
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/page.md"), page);
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig site = ConfigLoader.load(dir.resolve("site-config.yaml"), diagnostics).orElseThrow();
        List<SourcePage> pages = new ContentLoader(site.contentDir(), false, diagnostics).load().pages();
        LintRunner runner = new LintRunner(site.lints(), LintRunner.builtIn(), today, warnings);
        MarkdownRenderer renderer = new MarkdownRenderer(List.of(MarkdownRenderer.CORE));
        for (SourcePage source : pages) {
            runner.checkPage(source, renderer.renderTree(source, diagnostics).orElseThrow().tree(), diagnostics);
        }
        runner.checkAcrossPages(pages, diagnostics);
        runner.checkSite(site, diagnostics);
        return diagnostics.sorted();
    }

    private static String page(String last, String next) {
        return "---\ntitle: P\ndescription: D\nlast_reviewed: " + last + "\nnext_review: " + next + "\n---\n\nText.\n";
    }

    @Test
    void nextReviewOnTodayIsNotYetOverdueButYesterdayIs() throws Exception {
        LocalDate today = LocalDate.of(2027, 3, 10);
        assertThat(check("", page("2026-03-10", "2027-03-10"), today, Severity.WARNING)).isEmpty();
        assertThat(check("", page("2026-03-10", "2027-03-09"), today, Severity.WARNING))
                .extracting(Diagnostic::message).containsExactly("this page was due for review on 2027-03-09");
    }

    @Test
    void helplineVerifiedExactlySixMonthsAgoIsFineOneDayMoreIsStale() throws Exception {
        String helpline = "helplines:\n  - name: Line\n    phone: \"1\"\n    last_verified: %s\n";
        LocalDate today = LocalDate.of(2027, 3, 10);
        assertThat(check(helpline.formatted("2026-09-10"), page("2026-03-10", "2028-01-01"), today, Severity.WARNING)).isEmpty();
        List<Diagnostic> stale = check(helpline.formatted("2026-09-09"), page("2026-03-10", "2028-01-01"), today, Severity.WARNING);
        assertThat(stale).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.line()).isEqualTo(7);
            assertThat(d.message()).contains("'Line' was last verified on 2026-09-09");
        });
    }

    @Test
    void strictRunsPromoteFindingsToErrors() throws Exception {
        List<Diagnostic> found = check("", page("2026-03-10", "2026-04-01"), LocalDate.of(2027, 1, 1), Severity.ERROR);
        assertThat(found).singleElement().extracting(Diagnostic::severity).isEqualTo(Severity.ERROR);
    }

    @Test
    void disabledLintsDoNotRun() throws Exception {
        List<Diagnostic> found = check("lints:\n  disable: [review-dates]\n", page("2026-03-10", "2026-04-01"),
                LocalDate.of(2027, 1, 1), Severity.WARNING);
        assertThat(found).isEmpty();
        assertThat(LintSettings.LINT_NAMES).containsAll(LintRunner.builtIn().stream().map(Lint::name).toList());
    }
}
