package org.harmkb.content;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.harmkb.diagnostic.Diagnostics;

/**
 * Lets a long-running process ({@code serve}) reuse the pages an earlier build read from files that have
 * not changed since. Implementations must replay the diagnostics the reader reported for a reused page,
 * and must be thread-safe: {@link ContentLoader} reads files in parallel.
 */
public interface SourceCache {

    /** Reads every file afresh. */
    SourceCache NONE = (file, attributes, diagnostics, reader) -> reader.apply(file, diagnostics);

    /**
     * The page in {@code file}: {@code reader}'s result, or a remembered one when the file is unchanged.
     *
     * @param attributes the file's attributes as the folder walk saw them, or null (e.g. for a link)
     * @param reader     reads and validates one file, reporting problems to the diagnostics it is given
     */
    Optional<SourcePage> read(Path file, BasicFileAttributes attributes, Diagnostics diagnostics,
            BiFunction<Path, Diagnostics, Optional<SourcePage>> reader);

    /**
     * The files an earlier walk of {@code root} found, brought up to date with changes the cache was told
     * of, so the loader need not walk the folder again; empty when it must.
     */
    default Optional<List<Path>> knownFiles(Path root) {
        return Optional.empty();
    }

    /**
     * Remembers what a walk of {@code root} found.
     *
     * @param reusable false when the walk reported problems or met symbolic links: only a new walk finds
     *                 those again
     */
    default void walked(Path root, List<Path> files, boolean reusable) {
    }

    /**
     * What the last load of a session made, if it may be reused: a load that finds every page and static file at
     * the same address as that one takes its site paths instead of building them again (10,000 at every save).
     */
    default Optional<ContentSet> lastLoaded() {
        return Optional.empty();
    }

    /**
     * Remembers a load's result for the next ({@link #lastLoaded}).
     *
     * @param reusable false when its addresses reported problems (two pages at one URL), which must be reported again
     */
    default void loaded(ContentSet content, boolean reusable) {
    }
}
