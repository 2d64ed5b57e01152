package org.harmkb.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A copy into the output failed because its source could not be read (no permission, removed during the
 * build, not a regular file), not because the output could not be written: the author fixes the source.
 */
public final class UnreadableSourceException extends UncheckedIOException {

    private final transient Path source;

    UnreadableSourceException(Path source, IOException cause) {
        super("cannot read " + source + ": " + reason(cause), cause);
        this.source = source;
    }

    /** The file that could not be read. */
    public Path source() {
        return source;
    }

    /** Why it could not be read, in a few words: {@code permission denied}, {@code it no longer exists}, … */
    public String reason() {
        return reason(getCause());
    }

    /**
     * After a copy failed with {@code failure}: an exception naming {@code source} when reading it fails
     * now too, so the failure was the source's; empty when the source reads, so the output was at fault.
     */
    static Optional<UnreadableSourceException> ifUnreadable(Path source, IOException failure) {
        if (!Files.exists(source)) {
            return Optional.of(new UnreadableSourceException(source, failure));
        }
        try (InputStream in = Files.newInputStream(source)) {
            in.read();
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(new UnreadableSourceException(source, e));
        }
    }

    private static String reason(IOException cause) {
        if (cause instanceof java.nio.file.NoSuchFileException) {
            return "it no longer exists (was it moved or deleted during the build?)";
        }
        if (cause instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
