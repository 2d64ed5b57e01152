package org.harmkb.template;

import org.harmkb.config.SiteConfig;

/** The pages every site has that no content file makes: the "page not found" page and the search page. */
public final class SpecialPages {

    /** Where the helpful "page not found" page is written; static hosts serve it for unknown addresses. */
    public static final String NOT_FOUND_PATH = "/404.html";

    /** The search page's address. */
    public static final String SEARCH_URL = "/search/";

    private SpecialPages() {
    }

    /** The 404 page: static hosts (GitHub Pages, Netlify, Cloudflare Pages) serve {@code /404.html} for unknown paths. */
    public static GeneratedPage notFound(SiteConfig config) {
        PageView page = PageView.generated("Page not found",
                "There is no page at this address. Search the site or use the A to Z list of articles.",
                PageView.Address.of(config, NOT_FOUND_PATH));
        return new GeneratedPage(NOT_FOUND_PATH, "404", PageModel.builder().page(page).build(), false);
    }

    /**
     * The {@code /search/} page: the search client's form and results (theme template {@code search.peb}).
     * Marked {@code noindex}: a search engine should not index the site's own search page, and the sitemap
     * leaves it out.
     */
    public static GeneratedPage search(SiteConfig config, SectionModels sections) {
        PageView page = PageView.generated("Search", "Search every article on " + config.title() + ".",
                PageView.Address.of(config, SEARCH_URL));
        return new GeneratedPage(SEARCH_URL, "search", PageModel.builder().page(page)
                .breadcrumbs(sections.trails().of(SEARCH_URL, "Search")).sectionTitles(sections.sectionTitlesJson()).build(),
                true);
    }
}
