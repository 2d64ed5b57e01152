package org.harmkb.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.harmkb.config.WebAddress;
import org.harmkb.config.YamlDocument;
import org.harmkb.config.YamlFields;
import org.harmkb.diagnostic.Diagnostics;

/** Splits a page's text into front matter and body and validates every front-matter key. */
final class FrontMatterParser {

    static final Set<String> KEYS = Set.of("title", "description", "tags", "date", "updated", "last_reviewed",
            "next_review", "content_note", "draft", "series", "series_order", "aliases", "synonyms", "sources",
            "pattern");
    private static final Set<String> SOURCE_KEYS = Set.of("title", "publisher", "url", "checked");

    private static final String EXAMPLE = "start the file with:\n  ---\n  title: \"Your title\"\n"
            + "  description: \"One sentence about the page.\"\n  ---";

    /** The split result: the front matter and where the body starts. */
    record Parsed(FrontMatter frontMatter, String body, int bodyLine) {
    }

    private FrontMatterParser() {
    }

    static Optional<Parsed> parse(String text, String path, Diagnostics diagnostics) {
        if (text.isBlank()) {
            diagnostics.error(path, 1, 1, "the file is empty", EXAMPLE);
            return Optional.empty();
        }
        if (!text.startsWith("---\n") && !text.equals("---")) {
            diagnostics.error(path, 1, 1, "the file has no front matter", EXAMPLE);
            return Optional.empty();
        }
        int close = findClosingFence(text);
        if (close < 0) {
            diagnostics.error(path, 1, 1, "the front matter opened on line 1 is never closed",
                    "add a line with only '---' after the last front-matter key");
            return Optional.empty();
        }
        String yaml = text.substring(4, close);
        int afterFence = text.indexOf('\n', close);
        String body = afterFence < 0 ? "" : text.substring(afterFence + 1);
        int bodyLine = countLines(text, afterFence < 0 ? text.length() : afterFence + 1) + 1;

        // This page's own problems are counted apart: pages are read in parallel, so the shared count also
        // moves with other pages' errors, and comparing it before and after would drop a good page.
        Diagnostics own = new Diagnostics();
        Optional<YamlFields> fields = YamlDocument.parseMapping(yaml, path, 1, own);
        FrontMatter frontMatter = fields.map(FrontMatterParser::read).orElse(null);
        diagnostics.reportAll(own.all());
        if (frontMatter == null || own.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(frontMatter, body, bodyLine));
    }

    private static FrontMatter read(YamlFields f) {
        f.rejectUnknownKeys(KEYS, "in front matter");
        String title = f.requiredString("title", "add title: \"Your title\" to the front matter").orElse("");
        String description = f.requiredString("description",
                "add description: \"One plain sentence saying what the page is about.\"").orElse("");
        List<String> aliases = aliases(f);
        var seriesOrder = f.integer("series_order");
        Optional<String> series = f.string("series").filter(s -> !s.isBlank());
        if (seriesOrder.isPresent() && seriesOrder.getAsInt() < 1) {
            f.errorAt("series_order", "'series_order' must be 1 or more", "number the parts of a series 1, 2, 3, …");
        }
        if (seriesOrder.isPresent() && series.isEmpty()) {
            f.errorAt("series_order", "'series_order' is set but 'series' is not", "add series: \"Name of the learning path\"");
        }
        if (series.isPresent() && seriesOrder.isEmpty() && !f.has("series_order")) {
            f.errorAt("series", "'series' is set but 'series_order' is not", "add series_order: 1 (this page's place in the path)");
        }
        Map<String, Position> positions = new HashMap<>();
        for (String key : f.keys()) {
            positions.put(key, new Position(f.line(key), f.column(key)));
        }
        return new FrontMatter(title, description, f.stringList("tags"), f.date("date"), f.date("updated"),
                f.date("last_reviewed"), f.date("next_review"), f.string("content_note").filter(s -> !s.isBlank()),
                f.bool("draft").orElse(false), series, seriesOrder, aliases, f.stringList("synonyms"),
                f.bool("pattern").orElse(false), positions,
                sources(f));
    }

    /**
     * The {@code sources:} list. Each entry needs a title, an http(s) {@code url} and the date it was
     * {@code checked}; problems are reported at the entry's key. Entries with errors are left out.
     */
    private static List<Source> sources(YamlFields f) {
        if (!f.has("sources")) {
            return List.of();
        }
        List<Source> sources = new ArrayList<>();
        for (YamlFields entry : f.mappingList("sources")) {
            entry.rejectUnknownKeys(SOURCE_KEYS, "in a source");
            Optional<String> title = entry.requiredString("title", "add title: \"The page's own title\"");
            Optional<String> url = entry.requiredString("url", "add url: \"https://…\", the address of the page you read")
                    .map(String::trim);
            if (url.isPresent() && !WebAddress.isAbsoluteHttp(url.get())) {
                entry.errorAt("url", "a source's 'url' must be an absolute http or https address: '" + url.get() + "'",
                        "copy the address from the browser, e.g. url: \"https://www.nhs.uk/\"");
                url = Optional.empty();
            }
            Optional<java.time.LocalDate> checked = entry.date("checked");
            if (!entry.has("checked")) {
                entry.errorAt("title", "source has no 'checked' date",
                        "add checked: YYYY-MM-DD, the day you read the source against this page");
            }
            if (title.isPresent() && url.isPresent() && checked.isPresent()) {
                sources.add(new Source(title.get(), entry.string("publisher").map(String::trim).filter(p -> !p.isEmpty())
                        .orElse(null), url.get(), checked.get()));
            }
        }
        return sources;
    }

    private static List<String> aliases(YamlFields f) {
        List<String> written = f.stringList("aliases");
        List<String> aliases = new ArrayList<>(written.size());
        for (int i = 0; i < written.size(); i++) {
            aliases.add(normaliseAlias(written.get(i), i, f));
        }
        return aliases;
    }

    /**
     * Aliases are site paths: {@code old/page} and {@code /old/page} both become {@code /old/page/}. A path
     * that names another site ({@code //host/}), has an empty, {@code .} or {@code ..} part, a query, a
     * fragment, a backslash or a control character is reported at its item: it would not be written where the
     * author thinks, or not at all.
     */
    private static String normaliseAlias(String alias, int index, YamlFields f) {
        String trimmed = alias.trim();
        if (!isSitePath(trimmed)) {
            f.errorAtItem("aliases", index, "alias '" + printable(alias) + "' must be a path on this site, like /old-name/",
                    "write only the path: no domain or '//', no '.' or '..' parts, no '?', '#', '\\' or control characters");
            return trimmed;
        }
        String path = trimmed.startsWith("/") ? trimmed : "/" + trimmed;
        return path.endsWith("/") ? path : path + "/";
    }

    private static boolean isSitePath(String alias) {
        if (alias.isEmpty() || alias.startsWith("//") || alias.contains("://") || alias.contains("?") || alias.contains("#")
                || alias.contains("\\") || alias.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        String inner = alias.replaceAll("^/|/$", "");
        if (inner.isEmpty()) {
            // "/" itself: the home page's address, which the collision check reports.
            return true;
        }
        for (String part : inner.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** Control characters (a NUL, a tab) shown as Java escapes, so a diagnostic prints as one readable line. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static int findClosingFence(String text) {
        int lineStart = text.indexOf('\n') + 1;
        while (lineStart > 0 && lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
            if (line.strip().equals("---") || line.strip().equals("...")) {
                return lineStart;
            }
            if (lineEnd < 0) {
                return -1;
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    private static int countLines(String text, int end) {
        int lines = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
