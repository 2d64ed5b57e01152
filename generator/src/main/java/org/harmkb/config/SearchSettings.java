package org.harmkb.config;

import java.util.Optional;
import java.util.Set;

/** The {@code search:} section of the config: the search index and client (search issue). */
public record SearchSettings() {

    static final Set<String> KEYS = Set.of();

    public static final SearchSettings DEFAULT = new SearchSettings();

    static SearchSettings read(Optional<YamlFields> section) {
        if (section.isEmpty()) {
            return DEFAULT;
        }
        YamlFields f = section.get();
        f.rejectUnknownKeys(KEYS, "in search");
        return DEFAULT;
    }
}
