package org.harmkb.pipeline;

import java.util.List;
import org.harmkb.config.SiteConfig;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.html.PageBody;
import org.harmkb.lint.LintRunner;

/**
 * {@link PageBody}s → diagnostics: the author lints that compare pages (over the pages that rendered) and the
 * site-wide checks. Each page's own lints ran as it rendered ({@link MarkdownStage}).
 */
final class LintStage {

    private final SiteConfig config;
    private final LintRunner lints;

    LintStage(SiteConfig config, LintRunner lints) {
        this.config = config;
        this.lints = lints;
    }

    void run(List<PageBody> bodies, Diagnostics diagnostics) {
        lints.checkAcrossPages(bodies.stream().map(body -> body.page().source()).toList(), diagnostics);
        lints.checkSite(config, diagnostics);
    }
}
