package org.harmkb.config;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code static:} section of the config: which active files in the content folder (HTML, SVG, scripts,
 * which a browser runs when they are opened) are published anyway. Every other active file is refused,
 * because it skips the sanitiser and, on hosts that ignore {@code _headers} such as GitHub Pages, the
 * Content-Security-Policy header too.
 *
 * @param allowActive content paths with forward slashes, e.g. {@code guides/diagram.svg}; never null
 */
public record StaticSettings(Set<String> allowActive) {

    static final Set<String> KEYS = Set.of("allow_active");

    public static final StaticSettings DEFAULT = new StaticSettings(Set.of());

    public StaticSettings {
        allowActive = Set.copyOf(allowActive);
    }

    static StaticSettings read(Optional<YamlFields> section) {
        if (section.isEmpty()) {
            return DEFAULT;
        }
        YamlFields f = section.get();
        f.rejectUnknownKeys(KEYS, "in static");
        List<String> written = f.stringList("allow_active");
        Set<String> paths = new LinkedHashSet<>();
        for (int i = 0; i < written.size(); i++) {
            String path = written.get(i).strip();
            if (!isContentPath(path)) {
                f.errorAtItem("allow_active", i, "'" + path + "' must be the path of a file inside the content folder",
                        "write it relative to the content folder, with forward slashes, e.g. guides/diagram.svg");
            } else {
                paths.add(path);
            }
        }
        return new StaticSettings(paths);
    }

    private static boolean isContentPath(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
