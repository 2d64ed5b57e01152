package org.harmkb.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
    private static String key(String title) {
        return SPACES.matcher(title.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    void check(List<SourcePage> pages, Diagnostics diagnostics) {
        Map<String, List<SourcePage>> byTitle = new LinkedHashMap<>();
        pages.stream().sorted(Comparator.comparing(SourcePage::contentPath))
                .forEach(p -> byTitle.computeIfAbsent(key(p.title()), k -> new ArrayList<>()).add(p));
        for (List<SourcePage> same : byTitle.values()) {
            for (SourcePage page : same.subList(1, same.size())) {
                var at = page.frontMatter().positionOf("title");
                diagnostics.report(new Diagnostic(warningSeverity, page.displayPath(), at.line(), at.column(),
                        "another page has the same title: " + same.get(0).displayPath(),
                        "give each page its own title: readers tell tabs, bookmarks and search results apart by it"));
            }
        }
    }
}
