package org.harmkb.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A folder of {@code content/} as the {@code sections:} part of the config describes it: the title and
 * introduction its section page shows when the folder has no {@code index.md} of its own, the pages to
 * start with, and how the home page shows it. Sections keep the order they are written in.
 *
 * <pre>
 * sections:
 *   understanding-harm:
 *     title: "Understanding harm"
 *     description: "What harm in therapy is, and the patterns it often follows."
 *     start_with: [what-is-therapeutic-harm]
 *     home: cards
 * </pre>
 *
 * @param folder      the folder's path under {@code content/} as in its URL, e.g. {@code understanding-harm}
 * @param title       the section's title, or empty for the folder's {@code index.md} title or its name
 * @param description one or two sentences introducing the section, or empty
 * @param startWith   slugs of pages in the folder to read first, in reading order
 * @param home        how the home page shows the section
 * @param line        where the section's key is written, for diagnostics about it; likewise {@code column}
 * @param startLine   where {@code start_with} is written (the key's line when absent); likewise {@code startColumn}
 */
public record Section(String folder, String title, String description, List<String> startWith, Home home, int line,
        int column, int startLine, int startColumn) {

    /** How the home page shows a section. */
    public enum Home {
        /** Every page not in {@code start_with}, each as a card with its title and description. */
        CARDS,
        /** The section's title and introduction, and its {@code start_with} pages as links (the default). */
        LINKS,
        /** Not at all. */
        NONE
    }

    static final Set<String> KEYS = Set.of("title", "description", "start_with", "home");

    private static final Pattern FOLDER = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*");

    public Section {
        startWith = List.copyOf(startWith);
    }

    /** The site path of the section's page, e.g. {@code /understanding-harm/}. */
    public String url() {
        return "/" + folder + "/";
    }

    static List<Section> readAll(Optional<YamlFields> section) {
        List<Section> sections = new ArrayList<>();
        section.ifPresent(map -> {
            for (String folder : map.keys()) {
                if (!FOLDER.matcher(folder).matches()) {
                    map.errorAtKey(folder, "section '" + folder + "' must be a folder as it appears in addresses: lower-case words"
                            + " joined by hyphens, with / between folders", "write it as in the section's address, e.g. 'self-advocacy:'");
                }
                map.mapping(folder).ifPresent(f -> sections.add(read(folder, f, map.line(folder), map.column(folder))));
            }
        });
        return List.copyOf(sections);
    }

    private static Section read(String folder, YamlFields f, int line, int column) {
        f.rejectUnknownKeys(KEYS, "in section '" + folder + "'");
        Home home = Home.LINKS;
        Optional<String> shown = f.string("home").map(String::trim);
        if (shown.isPresent()) {
            switch (shown.get()) {
                case "cards" -> home = Home.CARDS;
                case "links" -> home = Home.LINKS;
                case "none" -> home = Home.NONE;
                default -> f.errorAt("home", "'home' must be cards, links or none, not '" + shown.get() + "'",
                        "cards shows each page with its description; links shows the pages to start with");
            }
        }
        boolean hasStart = f.has("start_with");
        return new Section(folder, f.string("title").map(String::trim).orElse(""),
                f.string("description").map(String::trim).orElse(""),
                f.stringList("start_with").stream().map(String::trim).toList(), home, line, column,
                hasStart ? f.line("start_with") : line, hasStart ? f.column("start_with") : column);
    }
}
