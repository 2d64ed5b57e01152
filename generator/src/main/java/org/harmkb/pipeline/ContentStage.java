package org.harmkb.pipeline;

import java.util.List;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.ContentLoader;
import org.harmkb.content.ContentSet;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.memo.MemoStage;

/**
 * Config → {@link Read}: the content folder's pages and files, once with each page's markdown (for the markdown stage)
 * and once without it (for every stage after), so that a build does not hold every page's markdown to its end.
 */
final class ContentStage {

    /**
     * Each page without its markdown, kept while the page read is the same instance: an unchanged page of a session
     * stays the same instance without its markdown too, which is what later stages compare first.
     */
    private static final MemoStage<Void, SourcePage, SourcePage> WITHOUT_MARKDOWN = new MemoStage<>("pages without markdown");

    /**
     * @param withMarkdown every page with its markdown: for the markdown stage only
     * @param content      the same pages, drafts and files, each page {@link SourcePage#withoutBody() without its markdown}
     */
    record Read(ContentSet withMarkdown, ContentSet content) {
    }

    private final BuildCache cache;

    ContentStage(BuildCache cache) {
        this.cache = cache;
    }

    Read run(SiteConfig config, boolean includeDrafts, Diagnostics diagnostics) {
        ContentSet read = new ContentLoader(config.contentDir(), includeDrafts, config.staticFiles().allowActive(),
                diagnostics, cache.sources()).load();
        List<SourcePage> pages = cache.each(WITHOUT_MARKDOWN, () -> null, read.pages(), SourcePage::contentPath,
                diagnostics, (page, sink) -> page.withoutBody());
        // Drafts are few, and later stages compare them by value.
        List<SourcePage> drafts = read.skippedDrafts().stream().map(SourcePage::withoutBody).toList();
        return new Read(read, new ContentSet(pages, drafts, read.staticFiles(), read.sitePaths()));
    }
}
