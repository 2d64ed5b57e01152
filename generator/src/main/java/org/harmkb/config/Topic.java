package org.harmkb.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A declared topic from the {@code topics:} section: tag slug, display name and description.
 *
 * <pre>
 * topics:
 *   consent:
 *     name: "Consent"
 *     description: "Agreeing freely to what happens in therapy."
 * </pre>
 *
 * @param line   where the topic's key is written in the config file, for diagnostics about it
 * @param column likewise
 */
public record Topic(String slug, String name, String description, int line, int column) {

    static final Set<String> KEYS = Set.of("name", "description");

    /**
     * A tag as pages' slugs are made (part 3 of issue 16): lower-case letters and digits of any script joined by
     * hyphens, Latin letters without accents. Front-matter tags are slugified the same way before they are compared.
     */
    private static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(-[\\p{L}\\p{N}\\p{M}]+)*");

    static List<Topic> readAll(Optional<YamlFields> section) {
        List<Topic> topics = new ArrayList<>();
        section.ifPresent(map -> {
            for (String slug : map.keys()) {
                if (!isSlug(slug)) {
                    String suggestion = MARKS.matcher(Normalizer.normalize(slug.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                            .replaceAll("").replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
                    map.errorAtKey(slug, "topic '" + slug + "' must be lower-case letters and digits joined by hyphens, as in its URL (Latin letters without accents)",
                            "write it as '" + suggestion + ":'");
                }
                map.mapping(slug).ifPresent(f -> {
                    f.rejectUnknownKeys(KEYS, "in topic '" + slug + "'");
                    topics.add(new Topic(inUrl(slug), f.requiredString("name", "give the topic a display name").orElse(slug),
                            f.string("description").orElse(""), map.line(slug), map.column(slug)));
                });
            }
        });
        return List.copyOf(topics);
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Already in the form a page's tag slugs to: lower case, NFKC, no accented Latin letter ({@code ü} is folded to {@code u}). */
    private static boolean isSlug(String key) {
        return SLUG.matcher(key).matches() && key.equals(key.toLowerCase(Locale.ROOT))
                && Normalizer.isNormalized(key, Normalizer.Form.NFKC)
                && key.codePoints().noneMatch(c -> c >= 0x80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    /** As tags are compared and linked: non-ASCII letters percent-encoded in UTF-8, upper-case hex ({@code 中文} → {@code %E4%B8%AD%E6%96%87}). */
    private static String inUrl(String slug) {
        try {
            return new URI(null, null, slug, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a slug of letters, digits and hyphens is a valid path: " + slug, e);
        }
    }
}
