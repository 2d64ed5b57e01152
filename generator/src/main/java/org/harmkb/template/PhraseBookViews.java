package org.harmkb.template;

import java.util.Comparator;
import java.util.List;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.SourcePage;
import org.harmkb.phrases.PhraseBook;
import org.harmkb.phrases.PhraseBooks;

/**
 * The phrase books as templates see them: {@code phrases} on a "prepare what to say" page, {@code prepareLink}
 * on every other page of the section that page sits in (so a new page there points readers to the tool without
 * anyone remembering to add the link), and {@code prepareLinks} on the home page, so its section lists can name
 * the tool too. Immutable.
 */
public final class PhraseBookViews {

    /** The theme template of a page with a phrase book. */
    public static final String TEMPLATE = "prepare";

    private final SiteConfig config;
    private final PhraseBooks books;

    public PhraseBookViews(SiteConfig config, PhraseBooks books) {
        this.config = config;
        this.books = books;
    }

    /** The page's phrase book, or null. */
    public PhraseBook phrases(SourcePage page) {
        return books.of(page).orElse(null);
    }

    /** The prepare page of the page's section, or null. */
    public PageLink prepareLink(SourcePage page) {
        return books.helperFor(page).map(this::link).orElse(null);
    }

    /** On the home page every prepare page with its section (empty when the site has none); null elsewhere. */
    public List<SectionTool> prepareLinks(SourcePage page) {
        if (!page.isHome()) {
            return null;
        }
        return books.pages().values().stream()
                .sorted(Comparator.comparing(SourcePage::url))
                .map(prepare -> new SectionTool(config.href(PhraseBooks.parentOf(prepare.url())), link(prepare)))
                .toList();
    }

    private PageLink link(SourcePage prepare) {
        return new PageLink(prepare.title(), prepare.frontMatter().description(), config.href(prepare.url()));
    }

    /** A prepare page, and the href of the section whose pages it serves. */
    public record SectionTool(String sectionHref, PageLink link) {
    }
}
