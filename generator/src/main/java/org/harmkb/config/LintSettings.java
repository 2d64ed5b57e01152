package org.harmkb.config;

import java.util.Optional;
import java.util.Set;

/** The {@code lints:} section of the config: author lints (theme issue). */
public record LintSettings() {

    static final Set<String> KEYS = Set.of();

    public static final LintSettings DEFAULT = new LintSettings();

    static LintSettings read(Optional<YamlFields> section) {
        if (section.isEmpty()) {
            return DEFAULT;
        }
        YamlFields f = section.get();
        f.rejectUnknownKeys(KEYS, "in lints");
        return DEFAULT;
    }
}
