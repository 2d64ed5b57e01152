package org.harmkb.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Watches the content folder, the theme folder (both recursively, including folders created later) and
 * the config file, and calls {@code onChange} with each changed path, or with null when events were lost
 * (the system's queue overflowed) and anything may have changed. Runs on its own daemon thread.
 */
final class SourceWatcher implements AutoCloseable {

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final List<Path> trees;
    private final Path configFile;
    private final Path outputDir;
    private final Consumer<Path> onChange;
    private final Thread thread;

    private SourceWatcher(List<Path> trees, Path configFile, Path outputDir, Consumer<Path> onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.trees = List.copyOf(trees);
        this.configFile = configFile;
        this.outputDir = outputDir;
        this.onChange = onChange;
        this.thread = new Thread(this::run, "kb-watch");
        this.thread.setDaemon(true);
    }

    /**
     * @param trees      folders watched with everything inside them (content, theme)
     * @param configFile watched by itself (its folder is watched, other files there are ignored)
     * @param outputDir  never reported, even if it lies inside a watched folder
     */
    static SourceWatcher start(List<Path> trees, Path configFile, Path outputDir, Consumer<Path> onChange) throws IOException {
        SourceWatcher watcher = new SourceWatcher(trees, configFile.toAbsolutePath().normalize(),
                outputDir.toAbsolutePath().normalize(), onChange);
        for (Path tree : watcher.trees) {
            watcher.registerTree(tree.toAbsolutePath().normalize());
        }
        watcher.register(watcher.configFile.getParent());
        watcher.thread.start();
        return watcher;
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                Path folder = folders.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == OVERFLOW || folder == null) {
                        onChange.accept(null);
                        continue;
                    }
                    Path changed = folder.resolve((Path) event.context());
                    if (isRelevant(changed)) {
                        if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                            registerTree(changed);
                        }
                        onChange.accept(changed);
                    }
                }
                if (!key.reset()) {
                    folders.remove(key);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Stopped.
        } catch (IOException e) {
            // A folder that vanished while being registered: say anything may have changed.
            onChange.accept(null);
        }
    }

    private boolean isRelevant(Path changed) {
        if (changed.startsWith(outputDir) || isStagingOf(changed)) {
            return false;
        }
        if (changed.equals(configFile)) {
            return true;
        }
        return trees.stream().anyMatch(tree -> changed.startsWith(tree.toAbsolutePath().normalize()));
    }

    /** The build's own staging and swap folders beside the output folder. */
    private boolean isStagingOf(Path changed) {
        String name = outputDir.getFileName().toString();
        Path parent = outputDir.getParent();
        return changed.startsWith(parent.resolve("." + name + ".staging")) || changed.startsWith(parent.resolve("." + name + ".previous"));
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.startsWith(outputDir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                register(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void register(Path dir) throws IOException {
        folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        service.close();
    }
}
