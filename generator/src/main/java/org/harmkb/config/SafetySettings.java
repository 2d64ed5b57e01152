package org.harmkb.config;

import java.util.Optional;
import java.util.Set;

/** The {@code safety:} section of the config: reader safety: the exit control (theme issue). */
public record SafetySettings() {

    static final Set<String> KEYS = Set.of();

    public static final SafetySettings DEFAULT = new SafetySettings();

    static SafetySettings read(Optional<YamlFields> section) {
        if (section.isEmpty()) {
            return DEFAULT;
        }
        YamlFields f = section.get();
        f.rejectUnknownKeys(KEYS, "in safety");
        return DEFAULT;
    }
}
