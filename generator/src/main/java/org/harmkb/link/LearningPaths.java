package org.harmkb.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.harmkb.content.Position;
import org.harmkb.content.Slugs;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;

/**
 * Groups pages by {@code series} into learning paths ordered by {@code series_order}. Duplicate and missing
 * part numbers are errors at the {@code series_order} line of the page that has to change.
 */
final class LearningPaths {

    static final String PATHS_URL = "/paths/";

    private LearningPaths() {
    }

    /** The learning paths, sorted by title. */
    static List<LearningPath> build(List<SourcePage> pages, Diagnostics diagnostics) {
        Map<String, List<SourcePage>> bySlug = new LinkedHashMap<>();
        for (SourcePage page : pages) {
            page.frontMatter().series().ifPresent(series -> {
                String slug = Slugs.slugify(series);
                if (slug.isEmpty()) {
                    Position at = page.frontMatter().positionOf("series");
                    diagnostics.error(page.displayPath(), at.line(), at.column(),
                            "series '" + series + "' has no letters or digits, so its path has no address", "give the series a title in words");
                } else if (page.frontMatter().seriesOrder().isPresent()) {
                    bySlug.computeIfAbsent(slug, k -> new ArrayList<>()).add(page);
                }
            });
        }
        List<LearningPath> paths = new ArrayList<>();
        bySlug.forEach((slug, parts) -> paths.add(path(slug, parts, diagnostics)));
        paths.sort(Comparator.comparing((LearningPath p) -> Pages.sortKey(p.title())).thenComparing(LearningPath::slug));
        return List.copyOf(paths);
    }

    private static LearningPath path(String slug, List<SourcePage> parts, Diagnostics diagnostics) {
        List<SourcePage> ordered = parts.stream()
                .sorted(Comparator.comparingInt((SourcePage p) -> order(p)).thenComparing(SourcePage::contentPath))
                .toList();
        String title = ordered.get(0).frontMatter().series().orElseThrow();
        for (SourcePage page : ordered) {
            String spelling = page.frontMatter().series().orElseThrow();
            if (!spelling.equals(title)) {
                Position at = page.frontMatter().positionOf("series");
                diagnostics.error(page.displayPath(), at.line(), at.column(),
                        "series '" + spelling + "' is written '" + title + "' in " + ordered.get(0).displayPath(),
                        "write the series title the same way on every part");
            }
        }
        checkNumbering(title, ordered, diagnostics);
        return new LearningPath(slug, title, PATHS_URL + slug + "/", ordered);
    }

    /** Parts must be numbered 1, 2, 3 … with no number used twice and none skipped. */
    private static void checkNumbering(String title, List<SourcePage> ordered, Diagnostics diagnostics) {
        int expected = 1;
        SourcePage previous = null;
        for (SourcePage page : ordered) {
            int order = order(page);
            Position at = page.frontMatter().positionOf("series_order");
            if (previous != null && order == order(previous)) {
                diagnostics.error(page.displayPath(), at.line(), at.column(),
                        "part " + order + " of '" + title + "' is also " + previous.displayPath(),
                        "give each part its own number: 1, 2, 3, …");
                continue;
            }
            if (order > expected) {
                String missing = order - expected == 1 ? "part " + expected : "parts " + expected + "–" + (order - 1);
                diagnostics.error(page.displayPath(), at.line(), at.column(),
                        "'" + title + "' has no " + missing + ", but this page is part " + order,
                        "number the parts 1, 2, 3, … without gaps: make this part " + expected + " or add the missing part");
            }
            expected = order + 1;
            previous = page;
        }
    }

    private static int order(SourcePage page) {
        return page.frontMatter().seriesOrder().orElse(0);
    }

    /** Where each page stands in its path, by URL. */
    static Map<String, SeriesPlace> places(List<LearningPath> paths) {
        Map<String, SeriesPlace> places = new LinkedHashMap<>();
        for (LearningPath path : paths) {
            for (int i = 0; i < path.parts().size(); i++) {
                places.put(path.parts().get(i).url(), new SeriesPlace(path, i + 1));
            }
        }
        return places;
    }
}
