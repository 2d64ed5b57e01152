package org.harmkb.phrases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.harmkb.config.SiteConfig;
import org.harmkb.config.YamlDocument;
import org.harmkb.config.YamlFields;
import org.harmkb.content.ContentSet;
import org.harmkb.content.Position;
import org.harmkb.content.SourcePage;
import org.harmkb.content.StaticFile;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.SourcePaths;
import org.harmkb.link.LinkTargets;

/**
 * The site's phrase books: each {@value #FILE_NAME} in the content folder belongs to the {@code index.md} beside
 * it, which then becomes a "prepare what to say" page. The files themselves are read here, not published.
 * When the site has a phrase book beside a page, every pattern article (front matter {@code pattern: true}) that no book
 * gives phrases is warned about at its {@code pattern} line, so a new pattern is not left out of the page.
 *
 * @param byUrl        the phrase book of each page, by the page's site path
 * @param pages        the pages that have a phrase book, by site path
 * @param contentPaths the content paths of the phrase files, which the output stage does not copy
 */
public record PhraseBooks(Map<String, PhraseBook> byUrl, Map<String, SourcePage> pages, Set<String> contentPaths) {

    public static final String FILE_NAME = "phrases.yaml";

    public PhraseBooks {
        byUrl = Map.copyOf(byUrl);
        pages = Map.copyOf(pages);
        contentPaths = Set.copyOf(contentPaths);
    }

    public Optional<PhraseBook> of(SourcePage page) {
        return Optional.ofNullable(byUrl.get(page.url()));
    }

    /**
     * The prepare page that {@code page} should point readers to: one whose parent folder holds {@code page}
     * (every page of the section the tool sits in), never the prepare page itself. The first by address when
     * several qualify.
     */
    public Optional<SourcePage> helperFor(SourcePage page) {
        // A loop, not a stream: every page of the site asks, at every serve rebuild.
        String url = page.url();
        SourcePage best = null;
        for (SourcePage prepare : pages.values()) {
            String own = prepare.url();
            int parent = own.lastIndexOf('/', own.length() - 2) + 1;
            if (!own.equals(url) && url.regionMatches(0, own, 0, parent)
                    && (best == null || own.compareTo(best.url()) < 0)) {
                best = prepare;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The site path of the folder that holds a prepare page's own folder: the section it serves. */
    public static String parentOf(String url) {
        String withoutSlash = url.substring(0, url.length() - 1);
        return withoutSlash.substring(0, withoutSlash.lastIndexOf('/') + 1);
    }

    public static PhraseBooks read(SiteConfig config, ContentSet content, LinkTargets targets, Diagnostics diagnostics) {
        Map<String, SourcePage> patterns = new LinkedHashMap<>();
        content.pages().stream().filter(p -> p.frontMatter().pattern()).forEach(p -> patterns.put(p.slug(), p));
        Map<String, PhraseBook> books = new HashMap<>();
        Map<String, SourcePage> bookPages = new HashMap<>();
        Set<String> files = new HashSet<>();
        Set<String> covered = new HashSet<>();
        Set<String> withPage = new HashSet<>();
        for (StaticFile file : content.staticFiles()) {
            if (!file.contentPath().equals(FILE_NAME) && !file.contentPath().endsWith("/" + FILE_NAME)) {
                continue;
            }
            files.add(file.contentPath());
            String folder = file.contentPath().substring(0, file.contentPath().length() - FILE_NAME.length());
            Optional<SourcePage> page = content.pages().stream().filter(p -> p.contentPath().equals(folder + "index.md")).findFirst();
            String path = SourcePaths.display(file.file());
            if (page.isEmpty()) {
                diagnostics.warning(path, 1, 1, "phrases.yaml has no index.md beside it, so no page shows these phrases",
                        "add " + folder + "index.md with the page's title and introduction");
                continue;
            }
            withPage.add(file.contentPath());
            Optional<YamlFields> yaml = parse(file, path, diagnostics);
            yaml.ifPresent(fields -> covered.addAll(PhraseBookReader.concernKeys(fields)));
            yaml.flatMap(fields -> new PhraseBookReader(page.get(), patterns, targets, config.lints().maxGrade(), diagnostics)
                    .read(fields)).ifPresent(book -> {
                        books.put(page.get().url(), book);
                        bookPages.put(page.get().url(), page.get());
                    });
        }
        if (!withPage.isEmpty()) {
            warnUncovered(patterns, covered, withPage, diagnostics);
        }
        return new PhraseBooks(books, bookPages, files);
    }

    private static Optional<YamlFields> parse(StaticFile file, String path, Diagnostics diagnostics) {
        try {
            return YamlDocument.parseMapping(Files.readString(file.file(), StandardCharsets.UTF_8), path, 0, diagnostics);
        } catch (IOException e) {
            diagnostics.error(path, 0, 0, "cannot read: " + e.getMessage(), "check the file's permissions and that it is UTF-8");
            return Optional.empty();
        }
    }

    private static void warnUncovered(Map<String, SourcePage> patterns, Set<String> covered, Set<String> files,
            Diagnostics diagnostics) {
        String where = files.stream().sorted().findFirst().orElse(FILE_NAME);
        patterns.values().stream().filter(p -> !covered.contains(p.slug())).forEach(p -> {
            Position at = p.frontMatter().positionOf("pattern");
            diagnostics.warning(p.displayPath(), at.line(), at.column(),
                    "pattern '" + p.slug() + "' has no phrases, so readers cannot choose it on the prepare-what-to-say page",
                    "add concerns: " + p.slug() + ": with label, article and say to " + where);
        });
    }
}
