package org.harmkb.output;

import java.util.Set;

/**
 * Which files of the output folder a build changed: every file (a complete new site was swapped in), or
 * exactly the listed ones. Paths are relative files as {@link SiteOutput#relativeFile} gives them, e.g.
 * {@code guides/page/index.html}; the set includes deleted files.
 */
public record OutputChanges(boolean everything, Set<String> files) {

    public static final OutputChanges NONE = new OutputChanges(false, Set.of());
    public static final OutputChanges ALL = new OutputChanges(true, Set.of());

    public OutputChanges {
        files = Set.copyOf(files);
    }

    public boolean isEmpty() {
        return !everything && files.isEmpty();
    }
}
