package org.harmkb.link;

import java.util.List;
import org.harmkb.content.SourcePage;

/**
 * The pages of the A–Z index whose titles start with one letter ({@code A}…{@code Z}), or with anything
 * else ({@code #}). Pages are sorted by title, then URL.
 */
public record LetterGroup(String letter, List<SourcePage> pages) {

    public LetterGroup {
        pages = List.copyOf(pages);
    }
}
