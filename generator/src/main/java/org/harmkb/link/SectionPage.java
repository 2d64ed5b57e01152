package org.harmkb.link;

import java.util.List;
import java.util.Optional;
import org.harmkb.content.SourcePage;

/**
 * A folder of {@code content/} as a section of the site, with a page at the folder's address: the folder's
 * own {@code index.md} when it has one, else a page the site generates from the config's {@code sections:}.
 * The glossary folder is not a section: {@code /glossary/} is the glossary's own page.
 *
 * @param url         the folder's address, e.g. {@code /understanding-harm/}
 * @param index       the folder's {@code index.md} page, or empty when the section page is generated
 * @param startWith   the pages the config says to read first, in that order
 * @param pages       the folder's other pages (not its index, nor the index pages of sub-folders): those of a
 *                    learning path first, in path order, then the rest by title
 * @param subsections the addresses of the sections in sub-folders, sorted
 */
public record SectionPage(String url, Optional<SourcePage> index, List<SourcePage> startWith, List<SourcePage> pages,
        List<String> subsections) {

    public SectionPage {
        startWith = List.copyOf(startWith);
        pages = List.copyOf(pages);
        subsections = List.copyOf(subsections);
    }

    /** The folder's path under {@code content/} as in its address, e.g. {@code understanding-harm}. */
    public String folder() {
        return url.substring(1, url.length() - 1);
    }

    /** Every page of the folder: {@link #startWith} then {@link #pages}. */
    public List<SourcePage> allPages() {
        return java.util.stream.Stream.concat(startWith.stream(), pages.stream()).toList();
    }

    /** The address of the folder above, {@code /} for a top-level section. */
    public String parentUrl() {
        return Sections.parentOf(url);
    }
}
