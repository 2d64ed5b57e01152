package org.harmkb.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The only code that writes the site. Files go into a staging folder beside the output folder
 * ({@code .public.staging} for {@code public}); {@link #commit()} swaps it in with renames, and
 * {@link #discard()} deletes it. Until commit, the previous output is untouched, so a failed or killed
 * build leaves the published site as it was. {@link #write} and {@link #copy} are thread-safe.
 */
public final class SiteWriter implements SiteOutput {

    private final Path output;
    private final Path staging;
    private final Path previous;
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    private boolean finished;

    private SiteWriter(Path output) {
        this.output = output;
        this.staging = OutputFolderGuard.staging(output);
        this.previous = OutputFolderGuard.previous(output);
    }

    /**
     * Starts a build's output: restores an interrupted swap, clears stale staging, creates a fresh one
     * holding the {@link OutputFolderGuard#MARKER}, so the swapped-in site carries it.
     *
     * @param allowed the guard's verdict on the output folder; a refused one throws {@link IllegalStateException}
     */
    public static SiteWriter stage(OutputFolderCheck allowed) throws IOException {
        SiteWriter writer = new SiteWriter(allowed.folderToReplace());
        writer.recoverInterruptedSwap();
        deleteTree(writer.staging);
        Files.createDirectories(writer.staging);
        OutputFolderGuard.mark(writer.staging);
        return writer;
    }

    /** Writes {@code bytes} at site path {@code sitePath}; a path ending in {@code /} gets {@code index.html}. */
    @Override
    public void write(String sitePath, byte[] bytes) {
        Path target = resolve(sitePath);
        files.add(SiteOutput.relativeFile(sitePath));
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Copies a file to site path {@code sitePath}. */
    @Override
    public void copy(Path source, String sitePath) {
        Path target = resolve(sitePath);
        files.add(SiteOutput.relativeFile(sitePath));
        try {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw UnreadableSourceException.ifUnreadable(source, e).<UncheckedIOException>map(unreadable -> unreadable)
                    .orElseGet(() -> new UncheckedIOException("cannot copy " + source + " to " + target, e));
        }
    }

    /** Carries the current output's file at {@code sitePath} over into the staged site (a hard link where possible). */
    @Override
    public void keep(String sitePath) {
        Path current = output.resolve(SiteOutput.relativeFile(sitePath));
        Path target = resolve(sitePath);
        files.add(SiteOutput.relativeFile(sitePath));
        try {
            Files.createDirectories(target.getParent());
            try {
                Files.createLink(target, current);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(current, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep " + current, e);
        }
    }

    @Override
    public Set<String> files() {
        return Set.copyOf(files);
    }

    /** Replaces the output folder with the staged one. */
    @Override
    public OutputChanges commit() throws IOException {
        finished = true;
        deleteTree(previous);
        if (Files.exists(output)) {
            move(output, previous);
        }
        move(staging, output);
        deleteTree(previous);
        return OutputChanges.ALL;
    }

    /** Throws the staged files away, leaving the output folder as it was. */
    @Override
    public void discard() throws IOException {
        finished = true;
        deleteTree(staging);
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            discard();
        }
    }

    /** The file a site path is written to inside the staging folder. Rejects paths escaping it. */
    Path resolve(String sitePath) {
        Path target = staging.resolve(SiteOutput.relativeFile(sitePath)).normalize();
        if (!target.startsWith(staging)) {
            throw new IllegalArgumentException("site path escapes the output folder: " + sitePath);
        }
        return target;
    }

    /** A kill between the two renames of {@link #commit()} leaves only {@code .previous}: put it back. */
    private void recoverInterruptedSwap() throws IOException {
        if (!Files.exists(output) && Files.isDirectory(previous)) {
            move(previous, output);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
