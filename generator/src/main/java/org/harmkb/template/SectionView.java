package org.harmkb.template;

import java.util.List;

/**
 * A section (a folder of {@code content/}) as templates see it, as {@code section} on its page and in the
 * home page's {@code home.sections}. Strings are plain text.
 *
 * @param title       from the folder's {@code index.md}, else the config, else the folder's name
 * @param description one or two sentences about the section; may be empty
 * @param href        the section page's link
 * @param home        how the home page shows it: {@code cards}, {@code links} or {@code none}
 * @param startWith   the pages to read first, in order; may be empty
 * @param pages       the section's other pages in reading order
 * @param cards       the pages the home page shows as cards: those of {@code pages} in the learning path its
 *                    start-with pages follow, or all of {@code pages} when they follow none
 * @param subsections the sections in its sub-folders
 */
public record SectionView(String title, String description, String href, String home, List<PageLink> startWith,
        List<PageLink> pages, List<PageLink> cards, List<PageLink> subsections) {

    public SectionView {
        startWith = List.copyOf(startWith);
        pages = List.copyOf(pages);
        cards = List.copyOf(cards);
        subsections = List.copyOf(subsections);
    }
}
