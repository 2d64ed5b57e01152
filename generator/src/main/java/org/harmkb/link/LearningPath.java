package org.harmkb.link;

import java.util.List;
import org.harmkb.content.SourcePage;

/**
 * The pages sharing one {@code series}, in {@code series_order}, with a landing page at
 * {@code /paths/<slug>/}.
 *
 * @param title the series as written in front matter, e.g. {@code Recognising harm in therapy}
 */
public record LearningPath(String slug, String title, String url, List<SourcePage> parts) {

    public LearningPath {
        parts = List.copyOf(parts);
    }
}
