package org.harmkb.pipeline;

import java.util.List;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.Position;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.html.PageBody;
import org.harmkb.lint.LintRunner;
import org.harmkb.memo.MemoStage;

/**
 * {@link PageBody}s → diagnostics: the author lints that compare pages (over the pages that rendered) and the
 * site-wide checks. Each page's own lints ran as it rendered ({@link MarkdownStage}).
 */
final class LintStage {

    /**
     * What the lints across pages read of one page: its place, file and title, and where the title is written.
     * A lint across pages that reads more must add it here, or serve would keep its stale findings.
     */
    record PageEntry(String contentPath, String displayPath, String title, Position titleAt) {
    }

    private static final MemoStage<Void, PageBody, PageEntry> ENTRIES = new MemoStage<>("lint entries");
    private static final MemoStage<Void, List<PageEntry>, Boolean> ACROSS_PAGES = new MemoStage<>("lints across pages");

    private final BuildCache cache;
    private final SiteConfig config;
    private final LintRunner lints;

    LintStage(BuildCache cache, SiteConfig config, LintRunner lints) {
        this.cache = cache;
        this.config = config;
        this.lints = lints;
    }

    void run(List<PageBody> bodies, Diagnostics diagnostics) {
        // The same entries as the last build's (one page's words changed, not its title): the findings are kept.
        List<PageEntry> entries = List.copyOf(cache.each(ENTRIES, () -> null, bodies, body -> body.page().source().contentPath(),
                diagnostics, (body, sink) -> {
                    SourcePage page = body.page().source();
                    return new PageEntry(page.contentPath(), page.displayPath(), page.title(),
                            page.frontMatter().positionOf("title"));
                }));
        cache.stage(ACROSS_PAGES, () -> null).apply("site", entries, diagnostics, sink -> {
            lints.checkAcrossPages(bodies.stream().map(body -> body.page().source()).toList(), sink);
            return Boolean.TRUE;
        });
        lints.checkSite(config, diagnostics);
    }
}
