package org.harmkb.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The element ids the theme's templates write around an article ({@code main}, {@code support},
 * {@code site-search}, …), read from the literal {@code id="…"} attributes of every {@code .peb} file under
 * {@code templates/}. An article's headings and raw HTML must not take them, or a link such as "Get support
 * now" would jump into the article. Reading them from the templates covers an id a theme adds without any
 * list to keep up to date. Ids built from template expressions ({@code id="{{ x }}"}) are not literal and
 * are not included.
 */
public final class TemplateIds {

    /** {@code id="x"} or {@code id='x'}, not {@code data-id} or {@code grid}. */
    private static final Pattern ID = Pattern.compile("(?<![\\w-])id\\s*=\\s*(?:\"([^\"{}]+)\"|'([^'{}]+)')");

    private TemplateIds() {
    }

    /**
     * The literal ids in {@code themeDir/templates}, sorted; empty when the theme has no templates folder.
     * An unreadable template is left out here: rendering with it reports the problem.
     */
    public static Set<String> read(Path themeDir) {
        Path templates = themeDir.resolve("templates");
        SortedSet<String> ids = new TreeSet<>();
        if (!Files.isDirectory(templates)) {
            return Collections.emptySortedSet();
        }
        try (Stream<Path> files = Files.walk(templates)) {
            files.filter(file -> file.getFileName().toString().endsWith(".peb") && Files.isRegularFile(file))
                    .forEach(file -> ids.addAll(in(readOrEmpty(file))));
        } catch (IOException | UncheckedIOException e) {
            // The folder could not be walked; the template engine reports the same problem when rendering.
        }
        return Collections.unmodifiableSortedSet(ids);
    }

    /** The literal ids in one template's text. */
    static Set<String> in(String template) {
        Set<String> ids = new TreeSet<>();
        Matcher matcher = ID.matcher(template);
        while (matcher.find()) {
            String id = (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).strip();
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static String readOrEmpty(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
