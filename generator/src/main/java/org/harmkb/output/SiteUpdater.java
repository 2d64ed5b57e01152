package org.harmkb.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Brings an existing output folder up to date in place, for {@code serve}'s quick rebuilds: rewriting a
 * whole 10,000-page site to swap one page in would take seconds. Every call is only recorded until
 * {@link #commit()}, so a build that fails leaves the folder untouched; commit then writes only the files
 * whose bytes differ from what is on disk, each with a rename so a reader never sees half a file, and
 * deletes the files the previous build wrote that this one did not.
 */
public final class SiteUpdater implements SiteOutput {

    private sealed interface Change permits Write, Copy, Keep {
    }

    private record Write(byte[] bytes) implements Change {
    }

    private record Copy(Path source) implements Change {
    }

    private record Keep() implements Change {
    }

    private static final Keep KEEP = new Keep();

    private final Path output;
    private final Set<String> previousFiles;
    /** Sized for the previous build's files, as a rebuild keeps or writes about as many (no resizing as it fills). */
    private final Map<String, Change> pending;
    /** The writes and copies among {@link #pending}: what commit has to look at (one file, after a save). */
    private final Map<String, Change> changes = new ConcurrentHashMap<>();
    /** How many files of {@link #pending} the previous build did not leave: none, usually. */
    private final java.util.concurrent.atomic.AtomicInteger newFiles = new java.util.concurrent.atomic.AtomicInteger();
    private boolean finished;
    /**
     * After a commit that left the same files as the previous build (no page added or removed, the usual
     * rebuild): that build's set, so {@link #files()} need not copy 10,000 names again.
     */
    private Set<String> sameAsPrevious;

    private SiteUpdater(Path output, Set<String> previousFiles) {
        this.pending = new ConcurrentHashMap<>(2 * previousFiles.size());
        this.output = output.toAbsolutePath().normalize();
        this.previousFiles = Set.copyOf(previousFiles);
    }

    /**
     * Opens the output folder for an in-place update.
     *
     * @param allowed       the guard's verdict on the folder; a refused one throws {@link IllegalStateException}
     * @param previousFiles the files (relative, as {@link SiteOutput#relativeFile} gives them) that the
     *                      previous build left in the folder; those not written or kept again are deleted
     */
    public static SiteUpdater open(OutputFolderCheck allowed, Set<String> previousFiles) {
        return new SiteUpdater(allowed.folderToReplace(), previousFiles);
    }

    @Override
    public void write(String sitePath, byte[] bytes) {
        change(SiteOutput.relativeFile(sitePath), new Write(bytes));
    }

    @Override
    public void copy(Path source, String sitePath) {
        change(SiteOutput.relativeFile(sitePath), new Copy(source));
    }

    private void change(String file, Change change) {
        changes.put(file, change);
        if (pending.put(file, change) == null) {
            counted(file);
        }
    }

    @Override
    public void keep(String sitePath) {
        String file = SiteOutput.relativeFile(sitePath);
        if (pending.putIfAbsent(file, KEEP) == null) {
            counted(file);
        }
    }

    private void counted(String file) {
        if (!previousFiles.contains(file)) {
            newFiles.incrementAndGet();
        }
    }

    @Override
    public Set<String> files() {
        return sameAsPrevious != null ? sameAsPrevious : Set.copyOf(pending.keySet());
    }

    @Override
    public OutputChanges commit() throws IOException {
        finished = true;
        Set<String> changed = new TreeSet<>();
        for (Map.Entry<String, Change> entry : changes.entrySet()) {
            Change change = entry.getValue();
            Path target = output.resolve(entry.getKey());
            boolean wrote = false;
            if (change instanceof Write write) {
                wrote = writeIfDifferent(target, write.bytes());
            } else if (change instanceof Copy copy) {
                wrote = copyIfDifferent(copy.source(), target);
            }
            if (wrote) {
                changed.add(entry.getKey());
            }
        }
        // As many files as before and none new: the very same set, so nothing to delete (the usual rebuild).
        boolean same = newFiles.get() == 0 && pending.size() == previousFiles.size();
        if (!same) {
            for (String stale : previousFiles) {
                if (!pending.containsKey(stale)) {
                    Path file = output.resolve(stale);
                    if (Files.deleteIfExists(file)) {
                        changed.add(stale);
                    }
                    deleteEmptyParents(file.getParent());
                }
            }
        }
        sameAsPrevious = same ? previousFiles : null;
        return new OutputChanges(false, changed);
    }

    @Override
    public void discard() {
        finished = true;
        pending.clear();
        changes.clear();
    }

    @Override
    public void close() {
        if (!finished) {
            discard();
        }
    }

    private static boolean writeIfDifferent(Path target, byte[] bytes) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length
                && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return false;
        }
        Path temp = temporarySibling(target);
        Files.write(temp, bytes);
        replace(temp, target);
        return true;
    }

    private static boolean copyIfDifferent(Path source, Path target) throws IOException {
        try {
            if (Files.isRegularFile(target) && Files.mismatch(source, target) == -1) {
                return false;
            }
            Path temp = temporarySibling(target);
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            replace(temp, target);
            return true;
        } catch (IOException e) {
            throw UnreadableSourceException.ifUnreadable(source, e).orElseThrow(() -> e);
        }
    }

    private static Path temporarySibling(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return target.resolveSibling(target.getFileName() + ".kb-tmp");
    }

    private static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | UncheckedIOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    private void deleteEmptyParents(Path dir) throws IOException {
        Path current = dir;
        while (current != null && current.startsWith(output) && !current.equals(output)) {
            try {
                Files.deleteIfExists(current);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
            current = current.getParent();
        }
    }
}
