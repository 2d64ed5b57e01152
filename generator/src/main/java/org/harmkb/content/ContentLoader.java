package org.harmkb.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.SourcePaths;

/**
 * Walks the content folder and yields validated {@link SourcePage}s and {@link StaticFile}s.
 * Files and folders whose names start with {@code _} or {@code .} are ignored; symbolic links that
 * lead outside the content folder, or to such a file or into such a folder, are refused; so are
 * {@link ActiveFiles active files} that the config does not name. Reads files in parallel; the result
 * is sorted.
 */
public final class ContentLoader {

    private final Path contentDir;
    private final boolean includeDrafts;
    private final Set<String> allowedActive;
    private final Diagnostics diagnostics;
    private final SourceCache cache;
    private final Map<Path, BasicFileAttributes> walked = new HashMap<>();
    private boolean sawLink;

    /** A loader that refuses every active file. */
    public ContentLoader(Path contentDir, boolean includeDrafts, Diagnostics diagnostics) {
        this(contentDir, includeDrafts, Set.of(), diagnostics, SourceCache.NONE);
    }

    /**
     * @param allowedActive content paths of active files to publish all the same ({@code static.allow_active})
     * @param cache         where unchanged files' pages may be taken from instead of reading them again
     */
    public ContentLoader(Path contentDir, boolean includeDrafts, Set<String> allowedActive, Diagnostics diagnostics,
            SourceCache cache) {
        this.contentDir = contentDir;
        this.includeDrafts = includeDrafts;
        this.allowedActive = Set.copyOf(allowedActive);
        this.diagnostics = diagnostics;
        this.cache = cache;
    }

    public ContentSet load() {
        if (!Files.isDirectory(contentDir)) {
            diagnostics.error(SourcePaths.display(contentDir), 0, 0, "content folder not found",
                    "create it, or set content_dir in site-config.yaml or pass --content DIR");
            return ContentSet.of(List.of(), List.of(), List.of());
        }
        List<Path> files = cache.knownFiles(contentDir).orElseGet(() -> {
            int reportedBefore = diagnostics.errorCount() + diagnostics.warningCount();
            List<Path> walkedFiles = walk();
            cache.walked(contentDir, walkedFiles,
                    !sawLink && diagnostics.errorCount() + diagnostics.warningCount() == reportedBefore);
            return walkedFiles;
        });
        List<SourcePage> pages = new ArrayList<>(files.parallelStream()
                .filter(ContentLoader::isMarkdown)
                .map(file -> cache.read(file, walked.get(file), diagnostics, this::readPage))
                .flatMap(Optional::stream)
                .toList());
        // The walk lists files in content-path order, so this sort (10,000 pages at every serve rebuild) only checks.
        pages.sort(Comparator.comparing(SourcePage::contentPath));
        List<StaticFile> statics = files.stream()
                .filter(f -> !isMarkdown(f))
                .filter(file -> hasAddress(contentPath(file), SourcePaths.display(file), diagnostics))
                .map(this::staticFile)
                .filter(this::publishable)
                .sorted(Comparator.comparing(StaticFile::contentPath))
                .toList();
        List<SourcePage> published = new ArrayList<>();
        List<SourcePage> drafts = new ArrayList<>();
        for (SourcePage page : pages) {
            (page.frontMatter().draft() && !includeDrafts ? drafts : published).add(page);
        }
        Optional<ContentSet> last = cache.lastLoaded();
        if (last.isPresent() && sameAddresses(last.get().pages(), published) && last.get().staticFiles().equals(statics)) {
            // Every page and file at its last address: the same site paths, and still no two pages at one URL.
            ContentSet content = new ContentSet(published, drafts, statics, last.get().sitePaths());
            cache.loaded(content, true);
            return content;
        }
        int errorsBefore = diagnostics.errorCount();
        rejectDuplicateUrls(published);
        ContentSet content = ContentSet.of(published, drafts, statics);
        cache.loaded(content, diagnostics.errorCount() == errorsBefore);
        return content;
    }

    /** Whether the two lists have the same content paths and URLs, in the same order. */
    private static boolean sameAddresses(List<SourcePage> before, List<SourcePage> now) {
        if (before.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            SourcePage page = now.get(i);
            SourcePage was = before.get(i);
            if (page != was && !(page.contentPath().equals(was.contentPath()) && page.url().equals(was.url()))) {
                return false;
            }
        }
        return true;
    }

    private List<Path> walk() {
        List<Path> files = new ArrayList<>();
        Path root;
        try {
            root = contentDir.toRealPath();
        } catch (IOException e) {
            diagnostics.error(SourcePaths.display(contentDir), 0, 0, "cannot read content folder: " + e.getMessage(), "");
            return files;
        }
        try {
            Files.walkFileTree(contentDir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(contentDir) && isIgnored(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isIgnored(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        acceptLink(file, root, files);
                    } else if (attrs.isRegularFile()) {
                        files.add(file);
                        walked.put(file, attrs);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    diagnostics.error(SourcePaths.display(file), 0, 0, "cannot read: " + e.getMessage(), "check the file's permissions");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            diagnostics.error(SourcePaths.display(contentDir), 0, 0, "cannot read content folder: " + e.getMessage(), "");
        }
        // Every path starts with the content folder's, so this is content-path order (paths keep their strings).
        files.sort(Comparator.comparing(Path::toString));
        return files;
    }

    private void acceptLink(Path link, Path root, List<Path> files) {
        sawLink = true;
        String path = SourcePaths.display(link);
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            diagnostics.error(path, 0, 0, "symbolic link points to a file that does not exist", "remove the link or fix its target");
            return;
        }
        if (!target.startsWith(root)) {
            diagnostics.error(path, 0, 0, "symbolic link points outside the content folder (refused): " + SourcePaths.display(target),
                    "copy the file into the content folder instead of linking to it");
        } else if (isIgnoredPath(root.relativize(target))) {
            // The ignore rules hold for what is published, wherever the link itself sits.
            diagnostics.error(path, 0, 0, "symbolic link points to a file that is never published (refused): "
                    + root.relativize(target).toString().replace('\\', '/'),
                    "files and folders whose names start with '_' or '.' stay private; copy the file here if it should be published");
        } else if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            files.add(link);
        } else {
            diagnostics.warning(path, 0, 0, "symbolic link to a folder is not followed", "move the folder here instead of linking to it");
        }
    }

    /**
     * The largest page read, checked before reading: far beyond any article (a 5 MB page still builds, see
     * SiteBuilderTest), and small
     * enough that parsing it stays within seconds and a few hundred MB of memory.
     */
    static final long MAX_PAGE_BYTES = 8L * 1024 * 1024;

    private Optional<SourcePage> readPage(Path file, Diagnostics diagnostics) {
        String path = SourcePaths.display(file);
        if (!hasAddress(contentPath(file), path, diagnostics)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_PAGE_BYTES) {
                diagnostics.error(path, 1, 1, String.format("this page is %.1f MB; a page may be at most %d MB",
                                size / 1048576.0, MAX_PAGE_BYTES / 1048576),
                        "split it into several pages; no reader can use a page this long, and it would slow every build");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(path, 0, 0, "cannot read: " + e.getMessage(), "check the file's permissions");
            return Optional.empty();
        }
        Utf8Text.Decoded decoded = Utf8Text.decode(bytes);
        if (!decoded.ok()) {
            diagnostics.error(path, decoded.invalidAt().line(), decoded.invalidAt().column(), "the file is not valid UTF-8 text",
                    "save the file as UTF-8 in your editor; the character here was written in another encoding");
            return Optional.empty();
        }
        return FrontMatterParser.parse(decoded.text(), path, diagnostics).map(parsed -> {
            String contentPath = contentPath(file);
            return new SourcePage(file.toAbsolutePath().normalize(), path, contentPath, urlOf(contentPath),
                    slugOf(contentPath), parsed.frontMatter(), parsed.body(), parsed.bodyLine());
        });
    }

    /**
     * Whether every folder and the file name in {@code contentPath} give a slug: a name of only symbols or
     * emoji ({@code !!!.md}) has no letter or digit to make an address from, which is reported at the file.
     */
    private static boolean hasAddress(String contentPath, String path, Diagnostics diagnostics) {
        String[] parts = contentPath.split("/");
        boolean page = contentPath.toLowerCase().endsWith(".md");
        // A static file keeps its own name; only its folders need slugs.
        int named = page ? parts.length : parts.length - 1;
        for (int i = 0; i < named; i++) {
            boolean file = i == parts.length - 1;
            String name = file ? parts[i].substring(0, parts[i].length() - 3) : parts[i];
            if (Slugs.slugify(name).isEmpty()) {
                diagnostics.error(path, 1, 1, (file ? "the file name '" : "the folder name '") + parts[i]
                                + "' has no letter or digit, so it gives the page no web address",
                        "rename it with at least one word, e.g. 'my-page" + (file ? ".md'" : "'")
                                + "; letters of any script work, symbols and emoji are left out of addresses");
                return false;
            }
        }
        return true;
    }

    private StaticFile staticFile(Path file) {
        String contentPath = contentPath(file);
        int slash = contentPath.lastIndexOf('/');
        String dir = slash < 0 ? "" : contentPath.substring(0, slash);
        String name = contentPath.substring(slash + 1);
        return new StaticFile(file, contentPath, "/" + slugDirs(dir) + name);
    }

    /** Whether a static file may be published: a passive file, or an active one the config names. */
    private boolean publishable(StaticFile file) {
        Optional<ActiveFiles.Kind> kind = ActiveFiles.kindOf(file.contentPath());
        if (kind.isEmpty() || allowedActive.contains(file.contentPath())) {
            return true;
        }
        diagnostics.error(SourcePaths.display(file.file()), 0, 0,
                kind.get().what() + " in the content folder is not published: " + kind.get().danger(),
                kind.get().instead() + ", or, if you trust this file, list '" + file.contentPath()
                        + "' under static.allow_active in site-config.yaml (the README says why that is unsafe)");
        return false;
    }

    private void rejectDuplicateUrls(List<SourcePage> pages) {
        Map<String, SourcePage> seen = new HashMap<>();
        for (SourcePage page : pages) {
            SourcePage first = seen.putIfAbsent(page.url(), page);
            if (first != null) {
                diagnostics.error(page.displayPath(), 1, 1,
                        "this page and " + first.displayPath() + " would both be published at " + page.url(),
                        "rename one of the two files");
            }
        }
    }

    private String contentPath(Path file) {
        return contentDir.relativize(file).toString().replace('\\', '/');
    }

    /** {@code index.md} → {@code /}, {@code a/index.md} → {@code /a/}, {@code A/My Page.md} → {@code /a/my-page/}. */
    static String urlOf(String contentPath) {
        String withoutExtension = contentPath.substring(0, contentPath.length() - 3);
        int slash = withoutExtension.lastIndexOf('/');
        String dir = slash < 0 ? "" : withoutExtension.substring(0, slash);
        String name = withoutExtension.substring(slash + 1);
        String prefix = "/" + slugDirs(dir);
        return name.equalsIgnoreCase("index") ? prefix : prefix + Slugs.slugify(name) + "/";
    }

    static String slugOf(String contentPath) {
        String url = urlOf(contentPath);
        if (url.equals("/")) {
            return "index";
        }
        String trimmed = url.substring(0, url.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static String slugDirs(String dir) {
        if (dir.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String part : dir.split("/")) {
            out.append(Slugs.slugify(part)).append('/');
        }
        return out.toString();
    }

    /** Whether any part of a path relative to the content folder is ignored. */
    private static boolean isIgnoredPath(Path relative) {
        for (Path part : relative) {
            if (isIgnored(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIgnored(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith("_") || name.startsWith(".");
    }

    private static boolean isMarkdown(Path file) {
        // The whole path's string is kept by the path, its file name's is not: no copy per file and build.
        String path = file.toString();
        return path.regionMatches(true, path.length() - 3, ".md", 0, 3);
    }
}
