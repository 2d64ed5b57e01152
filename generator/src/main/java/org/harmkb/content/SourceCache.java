package org.harmkb.content;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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
}
