package org.harmkb.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/**
 * What a file looks like without reading it: size, modification time and identity (inode). Equal stamps
 * mean unchanged contents, except within the file system's timestamp granularity of a write, which
 * {@link #settledBefore} guards against.
 */
public record FileStamp(long size, FileTime modified, Object fileKey) {

    /** How long after a write a stamp is trusted: coarse file systems keep modification times in seconds. */
    public static final long SETTLE_MILLIS = 2_000;

    public static Optional<FileStamp> of(Path file) {
        try {
            return Optional.of(of(Files.readAttributes(file, BasicFileAttributes.class)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static FileStamp of(BasicFileAttributes attributes) {
        return new FileStamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
    }

    /**
     * Whether the file was last modified clearly before {@code millis}: only then can a later write be
     * told apart by its stamp (as git does with its "racily clean" entries).
     */
    public boolean settledBefore(long millis) {
        return modified.toMillis() + SETTLE_MILLIS < millis;
    }
}
