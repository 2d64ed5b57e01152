package org.harmkb.template;

import java.util.List;
import org.harmkb.template.GraphView.PathView;
import org.harmkb.template.GraphView.TopicLink;

/**
 * What the home page routes readers to, as {@code home}: the sections the config shows there (in its
 * order), the learning paths and the topics. Lists are empty, never null.
 */
public record HomeView(List<SectionView> sections, List<PathView> paths, List<TopicLink> topics) {

    public HomeView {
        sections = List.copyOf(sections);
        paths = List.copyOf(paths);
        topics = List.copyOf(topics);
    }
}
