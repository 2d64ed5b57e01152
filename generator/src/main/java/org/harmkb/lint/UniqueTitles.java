package org.harmkb.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostic;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.Severity;

/**
 * Every page's {@code <title>} must be unique (WCAG 2.4.2): readers tell tabs, bookmarks, history and search
 * results apart by it. Warns on each page whose title another page already has (pages in content-path order).
 */
final class UniqueTitles {

    static final String NAME = "unique-titles";

    private final Severity warningSeverity;

    UniqueTitles(Severity warningSeverity) {
        this.warningSeverity = warningSeverity;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Titles that differ only in case or spacing look the same in a tab. */
    static String key(String title) {
        String stripped = title.strip();
        return (hasSpaceRun(stripped) ? SPACES.matcher(stripped).replaceAll(" ") : stripped).toLowerCase(Locale.ROOT);
    }

    /** Whether {@link #SPACES} would change the text: a space other than ' ', or two in a row. */
    private static boolean hasSpaceRun(String text) {
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == ' ' && space) {
                return true;
            }
            space = c == ' ';
        }
        return false;
    }

    void check(List<SourcePage> pages, Diagnostics diagnostics) {
        List<SourcePage> ordered = new ArrayList<>(pages);
        ordered.sort(Comparator.comparing(SourcePage::contentPath));
        Map<String, SourcePage> first = new HashMap<>(2 * ordered.size());
        for (SourcePage page : ordered) {
            SourcePage earlier = first.putIfAbsent(key(page.title()), page);
            if (earlier != null) {
                var at = page.frontMatter().positionOf("title");
                diagnostics.report(new Diagnostic(warningSeverity, page.displayPath(), at.line(), at.column(),
                        "another page has the same title: " + earlier.displayPath(),
                        "give each page its own title: readers tell tabs, bookmarks and search results apart by it"));
            }
        }
    }
}
