package org.harmkb.pipeline;

import java.util.List;
import java.util.Map;
import org.harmkb.config.SiteConfig;
import org.harmkb.template.GeneratedPage;
import org.harmkb.template.PageModels;
import org.harmkb.template.PageView;
import org.harmkb.template.SectionModels;

/** The {@code /search/} page: the search client's form and results (theme template {@code search.peb}). */
final class SearchPage {

    static final String URL = "/search/";

    private SearchPage() {
    }

    static GeneratedPage of(PageModels models, SiteConfig config, SectionModels sections) {
        PageView page = new PageView("Search", "Search every article on " + config.title() + ".", URL,
                config.href(URL), config.absoluteUrl(URL), "", null, List.of(), null, null, null, null);
        return new GeneratedPage(URL, "search", Map.of("page", page, "breadcrumbs", sections.trails().of(URL, "Search"),
                "sectionTitles", sections.sectionTitlesJson()));
    }
}
