package org.harmkb.lint;

import org.harmkb.content.SourcePage;

/**
 * Warns when a page readers act on lists no {@code sources}: the support page ({@code safety.support_page})
 * and every page in a folder named by {@code lints.sources_required}, except the folder's own
 * {@code index.md} (a section's introduction). Their facts (numbers, bodies, time limits) must be checkable.
 */
public final class SourcesLint implements Lint {

    static final String NAME = "sources";

    /** The support page's content path, or null when the site has none. */
    private final String supportPage;

    public SourcesLint(String supportPage) {
        this.supportPage = supportPage;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void check(LintedPage page, Findings findings) {
        SourcePage source = page.source();
        if (!source.frontMatter().sources().isEmpty() || !required(source, page)) {
            return;
        }
        findings.warning(source.frontMatter().positionOf("title"),
                "this page states facts readers act on, but lists no sources",
                "add sources: to the front matter, one entry per page you checked, with title, publisher, url and checked");
    }

    private boolean required(SourcePage source, LintedPage page) {
        String path = source.contentPath();
        if (path.equals(supportPage)) {
            return true;
        }
        return !path.endsWith("/index.md") && page.settings().sourcesRequired().stream()
                .anyMatch(folder -> path.startsWith(folder + "/"));
    }
}
