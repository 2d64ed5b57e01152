package org.harmkb.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A declared topic from the {@code topics:} section: tag slug, display name and description.
 *
 * <pre>
 * topics:
 *   consent:
 *     name: "Consent"
 *     description: "Agreeing freely to what happens in therapy."
 * </pre>
 */
public record Topic(String slug, String name, String description) {

    static final Set<String> KEYS = Set.of("name", "description");

    static List<Topic> readAll(Optional<YamlFields> section) {
        List<Topic> topics = new ArrayList<>();
        section.ifPresent(map -> {
            for (String slug : map.keys()) {
                map.mapping(slug).ifPresent(f -> {
                    f.rejectUnknownKeys(KEYS, "in topic '" + slug + "'");
                    topics.add(new Topic(slug, f.requiredString("name", "give the topic a display name").orElse(slug),
                            f.string("description").orElse("")));
                });
            }
        });
        return List.copyOf(topics);
    }
}
