package org.harmkb.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The validated front matter of one page. Optional values are empty when the key is absent;
 * {@code pattern} marks an article that explains one of the harm patterns the "prepare what to say" page
 * offers as a concern (its phrases are keyed by the article's slug). {@code positions} maps every key present to where it was written, so later stages can report
 * problems (a colliding alias, a gap in a series) at the right line. {@code sources} is the
 * {@code sources:} list in the order written, empty when absent.
 */
public record FrontMatter(
        String title,
        String description,
        List<String> tags,
        Optional<LocalDate> date,
        Optional<LocalDate> updated,
        Optional<LocalDate> lastReviewed,
        Optional<LocalDate> nextReview,
        Optional<String> contentNote,
        boolean draft,
        Optional<String> series,
        OptionalInt seriesOrder,
        List<String> aliases,
        List<String> synonyms,
        boolean pattern,
        Map<String, Position> positions,
        List<Source> sources) {

    public FrontMatter {
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
        synonyms = List.copyOf(synonyms);
        sources = List.copyOf(sources);
        positions = Map.copyOf(positions);
    }

    /** Where {@code key} was written, or line 1 column 1 when it is absent. */
    public Position positionOf(String key) {
        return positions.getOrDefault(key, new Position(1, 1));
    }
}
