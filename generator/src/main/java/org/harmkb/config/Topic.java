package org.harmkb.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A declared topic from the {@code topics:} section: tag slug, display name and description.
 *
 * <pre>
 * topics:
 *   consent:
 *     name: "Consent"
 *     description: "Agreeing freely to what happens in therapy."
 * </pre>
 *
 * @param line   where the topic's key is written in the config file, for diagnostics about it
 * @param column likewise
 */
public record Topic(String slug, String name, String description, int line, int column) {

    static final Set<String> KEYS = Set.of("name", "description");

    /** A tag as it appears in a URL; front-matter tags are slugified the same way before they are compared. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    static List<Topic> readAll(Optional<YamlFields> section) {
        List<Topic> topics = new ArrayList<>();
        section.ifPresent(map -> {
            for (String slug : map.keys()) {
                if (!SLUG.matcher(slug).matches()) {
                    String suggestion = slug.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
                    map.errorAtKey(slug, "topic '" + slug + "' must be lower-case letters and digits joined by hyphens, as in its URL",
                            "write it as '" + suggestion + ":'");
                }
                map.mapping(slug).ifPresent(f -> {
                    f.rejectUnknownKeys(KEYS, "in topic '" + slug + "'");
                    topics.add(new Topic(slug, f.requiredString("name", "give the topic a display name").orElse(slug),
                            f.string("description").orElse(""), map.line(slug), map.column(slug)));
                });
            }
        });
        return List.copyOf(topics);
    }
}
