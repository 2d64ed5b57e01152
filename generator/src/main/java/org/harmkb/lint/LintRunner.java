package org.harmkb.lint;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.harmkb.config.LintSettings;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.Severity;
import org.harmkb.markdown.MarkdownExtension;

/**
 * The lint stage: parses each page's markdown (with the same extensions as rendering) and runs every
 * enabled {@link Lint} on it, in parallel across pages, then the site-wide checks (helpline dates).
 * Findings are warnings unless the runner was made with {@link Severity#ERROR} for warnings (strict).
 */
public final class LintRunner {

    private final LintSettings settings;
    private final List<Lint> lints;
    private final LocalDate today;
    private final Severity warningSeverity;
    private final Parser parser;

    /**
     * @param lints           the lints to run; those named in {@code settings.disabled()} are skipped
     * @param today           the date review deadlines are measured against
     * @param warningSeverity {@link Severity#WARNING}, or {@link Severity#ERROR} to make every finding fail the build
     */
    public LintRunner(LintSettings settings, List<Lint> lints, List<MarkdownExtension> markdown, LocalDate today,
            Severity warningSeverity) {
        this.settings = settings;
        this.lints = lints.stream().filter(lint -> settings.enabled(lint.name())).toList();
        this.today = today;
        this.warningSeverity = warningSeverity;
        List<Extension> extensions = new ArrayList<>();
        markdown.forEach(m -> extensions.addAll(m.flexmarkExtensions()));
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions);
        this.parser = Parser.builder(options).build();
    }

    /** The lints every build runs. */
    public static List<Lint> builtIn() {
        return List.of(new HeadingLevelLint(), new ImageAltLint(), new RemoteImageLint(), new VagueLinkTextLint(),
                new ReadabilityLint(), new LongSentenceLint(), new LanguageLint(), new ReviewDateLint());
    }

    /** The lints every build runs, with those that read the config: sources and typed helpline numbers. */
    public static List<Lint> builtIn(org.harmkb.config.SiteConfig config) {
        List<Lint> lints = new ArrayList<>(builtIn());
        lints.add(new SourcesLint(config.safety().supportPage()));
        lints.add(new HelplineNumberLint(config.helplines()));
        return List.copyOf(lints);
    }

    /** Lints every page (call it only with pages that rendered, so their nesting is known to be sane). */
    public void run(List<SourcePage> pages, Diagnostics diagnostics) {
        pages.parallelStream().forEach(page -> checkPage(page, diagnostics));
        checkAcrossPages(pages, diagnostics);
    }

    /**
     * The lints of one page alone: their findings depend only on the page, the settings and today, so
     * {@code serve} can keep them for pages that did not change.
     */
    public void checkPage(SourcePage page, Diagnostics diagnostics) {
        check(page, diagnostics);
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

    private void check(SourcePage page, Diagnostics diagnostics) {
        Document document = parser.parse(page.body());
        LintedPage linted = LintedPage.of(page, document, ProseExtractor.extract(document), settings, today);
        Findings findings = new Findings(page, diagnostics, warningSeverity);
        for (Lint lint : lints) {
            lint.check(linted, findings);
        }
    }
}
