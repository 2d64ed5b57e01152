package org.harmkb.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Gives each heading of a page an id that no other heading of the page and no template of the theme uses:
 * the GitHub-style id of its text, with {@code -1}, {@code -2}, … added when that is taken, as GitHub does
 * for a repeated heading. So {@code ## Support} becomes {@code support-1} when the theme's helplines are
 * {@code id="support"}, and "Get support now" still jumps to the helplines.
 */
final class HeadingIds {

    private HeadingIds() {
    }

    /**
     * Sets the id of every heading of {@code document}, whose ids Flexmark has generated from the headings'
     * text without making them unique.
     *
     * @param reserved ids the page's templates use
     * @return for each reserved id that a heading's text gave, the id that the first such heading has
     *         instead ({@code support} → {@code support-1}), in document order: a link written
     *         {@code #support} means that heading
     */
    static Map<String, String> assign(Document document, Set<String> reserved) {
        Set<String> used = new HashSet<>(reserved);
        Map<String, Integer> nextSuffix = new HashMap<>();
        Map<String, String> moved = new LinkedHashMap<>();
        for (Node node : document.getDescendants()) {
            if (!(node instanceof Heading heading) || heading.getAnchorRefId().isEmpty()) {
                continue;
            }
            String base = heading.getAnchorRefId();
            String id = base;
            if (used.contains(id)) {
                int suffix = nextSuffix.getOrDefault(base, 1);
                while (used.contains(base + "-" + suffix)) {
                    suffix++;
                }
                id = base + "-" + suffix;
                nextSuffix.put(base, suffix + 1);
                if (reserved.contains(base)) {
                    moved.putIfAbsent(base, id);
                }
            }
            used.add(id);
            heading.setAnchorRefId(id);
        }
        return moved;
    }
}
