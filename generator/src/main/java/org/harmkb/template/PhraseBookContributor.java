package org.harmkb.template;

import java.util.Comparator;
import java.util.Map;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.SourcePage;
import org.harmkb.html.PageBody;
import org.harmkb.phrases.PhraseBooks;

/**
 * Adds {@code phrases} (the {@link org.harmkb.phrases.PhraseBook}) to a "prepare what to say" page, and
 * {@code prepareLink} (a {@link PageLink}) to every other page of the section that page sits in, so a new
 * page in that section points readers to the tool without anyone remembering to add the link. The home page
 * gets {@code prepareLinks}, a list of {@link SectionTool}s (empty when the site has no such page), so its
 * section lists can name the tool too. Immutable.
 */
public final class PhraseBookContributor implements ModelContributor {

    private final SiteConfig config;
    private final PhraseBooks books;

    public PhraseBookContributor(SiteConfig config, PhraseBooks books) {
        this.config = config;
        this.books = books;
    }

    /** The theme template of a page with a phrase book. */
    public static final String TEMPLATE = "prepare";

    @Override
    public void contribute(PageBody body, Map<String, Object> model) {
        SourcePage page = body.page().source();
        if (page.isHome()) {
            model.put("prepareLinks", books.pages().values().stream()
                    .sorted(Comparator.comparing(SourcePage::url))
                    .map(prepare -> new SectionTool(config.href(PhraseBooks.parentOf(prepare.url())), link(prepare)))
                    .toList());
        }
        books.of(page).ifPresent(book -> model.put("phrases", book));
        books.helperFor(page).ifPresent(prepare -> model.put("prepareLink", link(prepare)));
    }

    private PageLink link(SourcePage prepare) {
        return new PageLink(prepare.title(), prepare.frontMatter().description(), config.href(prepare.url()));
    }

    /** A prepare page, and the href of the section whose pages it serves. */
    public record SectionTool(String sectionHref, PageLink link) {
    }
}
