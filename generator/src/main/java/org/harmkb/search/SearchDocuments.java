package org.harmkb.search;

import java.util.List;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.FrontMatter;
import org.harmkb.content.SourcePage;
import org.harmkb.html.PageBody;

/** Turns processed pages into what the index needs. Drafts (present with {@code --drafts}) are left out. */
public final class SearchDocuments {

    private SearchDocuments() {
    }

    public static List<SearchDocument> of(List<PageBody> bodies, SiteConfig config) {
        return bodies.stream()
                .filter(body -> !body.page().source().frontMatter().draft())
                .map(body -> of(body, config))
                .toList();
    }

    static SearchDocument of(PageBody body, SiteConfig config) {
        SourcePage source = body.page().source();
        FrontMatter fm = source.frontMatter();
        List<SearchDocument.Section> sections = body.page().headings().stream()
                .filter(h -> h.level() == 2 || h.level() == 3)
                .map(h -> new SearchDocument.Section(h.id(), h.text()))
                .toList();
        return new SearchDocument(config.href(source.url()), fm.title(), fm.description(), sections, body.text(),
                fm.tags(), fm.contentNote());
    }
}
