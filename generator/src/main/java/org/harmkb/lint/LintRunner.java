package org.harmkb.lint;

import com.vladsch.flexmark.util.ast.Document;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.harmkb.config.LintSettings;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.Severity;

/**
 * The lint stage: runs every enabled {@link Lint} on each page's markdown syntax tree, the one rendering
 * parsed ({@link org.harmkb.markdown.MarkdownRenderer#renderTree}), so markdown is parsed once per page;
 * then the checks across pages (duplicate titles) and of the site (helpline dates). Thread-safe: pages
 * may be checked in parallel. Findings are warnings unless the runner was made with {@link Severity#ERROR}
 * for warnings (strict).
 */
public final class LintRunner {

    private final LintSettings settings;
    private final List<Lint> lints;
    private final LocalDate today;
    private final Severity warningSeverity;

    /**
     * @param lints           the lints to run; those named in {@code settings.disabled()} are skipped
     * @param today           the date review deadlines are measured against
     * @param warningSeverity {@link Severity#WARNING}, or {@link Severity#ERROR} to make every finding fail the build
     */
    public LintRunner(LintSettings settings, List<Lint> lints, LocalDate today, Severity warningSeverity) {
        this.settings = settings;
        this.lints = lints.stream().filter(lint -> settings.enabled(lint.name())).toList();
        this.today = today;
        this.warningSeverity = warningSeverity;
    }

    /** The date review deadlines are measured against; a page's findings depend on it. */
    public LocalDate today() {
        return today;
    }

    /** The lints every build runs. */
    public static List<Lint> builtIn() {
        return List.of(new HeadingLevelLint(), new ImageAltLint(), new RemoteImageLint(), new VagueLinkTextLint(),
                new ReadabilityLint(), new LongSentenceLint(), new LanguageLint(), new ReviewDateLint());
    }

    /** The lints every build runs, with those that read the config: sources and typed helpline numbers. */
    public static List<Lint> builtIn(SiteConfig config) {
        List<Lint> lints = new ArrayList<>(builtIn());
        lints.add(new SourcesLint(config.safety().supportPage()));
        lints.add(new HelplineNumberLint(config.helplines()));
        return List.copyOf(lints);
    }

    /**
     * The lints of one page alone: their findings depend only on the page, the settings and today, so
     * {@code serve} can keep them for pages that did not change.
     *
     * @param markdown the page's syntax tree as rendering parsed it (only a page that rendered has one, so
     *                 its nesting is known to be sane); read, never changed
     */
    public void checkPage(SourcePage page, Document markdown, Diagnostics diagnostics) {
        LintedPage linted = LintedPage.of(page, markdown, settings, today);
        Findings findings = new Findings(page, diagnostics, warningSeverity);
        for (Lint lint : lints) {
            lint.check(linted, findings);
        }
    }

    /** The lints that compare pages with each other (duplicate titles). */
    public void checkAcrossPages(List<SourcePage> pages, Diagnostics diagnostics) {
        if (settings.enabled(UniqueTitles.NAME)) {
            new UniqueTitles(warningSeverity).check(pages, diagnostics);
        }
    }

    /** Site-wide checks of the config: stale helpline details. */
    public void checkSite(SiteConfig config, Diagnostics diagnostics) {
        if (settings.enabled(ReviewDateLint.NAME)) {
            new HelplineDates(today, warningSeverity).check(config, diagnostics);
        }
    }
}
