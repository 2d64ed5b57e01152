package org.harmkb.link;

import java.util.List;
import org.harmkb.content.SourcePage;

/**
 * A topic: every page tagged with one tag, published at {@code /topics/<slug>/}.
 *
 * @param name        the declared name, or the tag as first written when the topic is not declared
 * @param description the declared description, or empty
 * @param pages       sorted by title, then URL
 */
public record TopicPage(String slug, String name, String description, String url, List<SourcePage> pages) {

    public TopicPage {
        pages = List.copyOf(pages);
    }
}
