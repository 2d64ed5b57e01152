package org.harmkb.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.harmkb.config.SearchSettings;
import org.harmkb.config.SearchSettings.SynonymGroup;
import org.harmkb.diagnostic.SourcePaths;
import org.harmkb.diagnostic.Diagnostics;

/**
 * The reader-vocabulary table, {@code content/_search/vocabulary.txt}: the everyday words readers type beside
 * the words the site uses, kept with the content and reviewed like it (the leading underscore keeps it
 * unpublished). One group per line, phrases separated by commas, e.g. {@code report, complain, complaint};
 * {@code #} starts a comment line. A group sharing a phrase with a built-in or configured group extends that
 * group. Anything else is an error at its line and column. Stateless.
 */
public final class ReaderVocabulary {

    /** Where the table lives, under the content folder. */
    public static final String PATH = "_search/vocabulary.txt";

    private static final String HINT = "write words that mean the same on one line, separated by commas,"
            + " e.g. report, complain, complaint";

    private ReaderVocabulary() {
    }

    /** {@code settings} with the table's groups of {@code contentDir} added; unchanged when there is no table. */
    public static SearchSettings apply(SearchSettings settings, Path contentDir, Diagnostics diagnostics) {
        Path file = contentDir.resolve(PATH);
        if (!Files.isRegularFile(file)) {
            return settings;
        }
        String path = SourcePaths.display(file);
        try {
            return merge(settings, read(path, Files.readAllLines(file, StandardCharsets.UTF_8), diagnostics));
        } catch (IOException e) {
            diagnostics.error(path, 0, 0, "cannot read the reader vocabulary: " + e.getMessage(), "check the file's permissions");
            return settings;
        }
    }

    /** The groups of {@code lines}; each line that is not a group as described above is reported. */
    static List<SynonymGroup> read(String path, List<String> lines, Diagnostics diagnostics) {
        List<SynonymGroup> groups = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int bad = firstUnknown(line);
            if (bad >= 0) {
                diagnostics.error(path, n + 1, bad + 1, "unknown syntax '" + line.substring(bad, line.offsetByCodePoints(bad, 1))
                        + "' in the reader vocabulary", HINT);
                continue;
            }
            List<String> phrases = new ArrayList<>();
            int column = 0;
            for (String part : line.split(",", -1)) {
                if (part.isBlank()) {
                    diagnostics.error(path, n + 1, column + 1, "empty phrase in the reader vocabulary", HINT);
                    phrases = null;
                    break;
                }
                phrases.add(part.strip().replaceAll("\\s+", " "));
                column += part.length() + 1;
            }
            if (phrases == null) {
                continue;
            }
            if (phrases.size() < 2) {
                diagnostics.error(path, n + 1, 1, "reader vocabulary line '" + line.strip() + "' needs at least two phrases", HINT);
                continue;
            }
            groups.add(new SynonymGroup(phrases, path, n + 1, 1));
        }
        return groups;
    }

    /** Index of the first character a phrase may not hold (letters, digits, spaces, - and apostrophes may), or -1. */
    private static int firstUnknown(String line) {
        for (int i = 0; i < line.length(); i = line.offsetByCodePoints(i, 1)) {
            int c = line.codePointAt(i);
            if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '\t' || c == ',' || c == '-' || c == '\'' || c == '\u2019')) {
                return i;
            }
        }
        return -1;
    }

    /** {@code settings} with each group added, or joined to the first existing group that shares a phrase. */
    static SearchSettings merge(SearchSettings settings, List<SynonymGroup> table) {
        List<SynonymGroup> groups = new ArrayList<>(settings.synonyms());
        for (SynonymGroup added : table) {
            int into = -1;
            for (int g = 0; g < groups.size() && into < 0; g++) {
                if (groups.get(g).phrases().stream().anyMatch(p -> sharesPhrase(added, p))) {
                    into = g;
                }
            }
            if (into < 0) {
                groups.add(added);
                continue;
            }
            List<String> phrases = new ArrayList<>(groups.get(into).phrases());
            added.phrases().stream().filter(p -> phrases.stream().noneMatch(q -> q.equalsIgnoreCase(p))).forEach(phrases::add);
            groups.set(into, new SynonymGroup(phrases, added.path(), added.line(), added.column()));
        }
        return settings.withSynonyms(groups);
    }

    private static boolean sharesPhrase(SynonymGroup group, String phrase) {
        return group.phrases().stream().anyMatch(p -> p.toLowerCase(Locale.ROOT).equals(phrase.toLowerCase(Locale.ROOT)));
    }
}
