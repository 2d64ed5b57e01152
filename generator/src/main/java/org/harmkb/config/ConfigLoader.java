package org.harmkb.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.SourcePaths;

/**
 * Reads {@code site-config.yaml} into a {@link SiteConfig}. Every problem is reported with its line;
 * the result is empty when any error was found. Directory paths are resolved against the config
 * file's directory.
 */
public final class ConfigLoader {

    static final Set<String> TOP_LEVEL_KEYS = Set.of(
            "title", "description", "base_url", "language", "content_dir", "theme_dir", "output_dir", "html",
            "markdown", "topics", "sections", "helplines", "safety", "search", "lints", "static", "contact");
    /**
     * A plain address: letters, digits, dots, plus, underscore and hyphen before one @, then a dotted domain.
     * Nothing a {@code mailto:} link would read as a query, fragment or escape ({@code ? & # %}).
     */
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile(
            "[A-Za-z0-9._+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final Set<String> MARKDOWN_KEYS = Set.of("typographic_quotes");

    private ConfigLoader() {
    }

    public static Optional<SiteConfig> load(Path configFile, Diagnostics diagnostics) {
        String path = SourcePaths.display(configFile);
        String text;
        try {
            text = Files.readString(configFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            diagnostics.error(path, 0, 0, "config file not found",
                    "run from the repository root, or pass --config path/to/site-config.yaml");
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(path, 0, 0, "cannot read config file: " + e.getMessage(), "check the file is UTF-8 text and readable");
            return Optional.empty();
        }
        int errorsBefore = diagnostics.errorCount();
        Optional<YamlFields> parsed = YamlDocument.parseMapping(text, path, 0, diagnostics);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFields fields = parsed.get();
        fields.rejectUnknownKeys(TOP_LEVEL_KEYS, "in site-config.yaml");
        Path root = configFile.toAbsolutePath().normalize().getParent();

        String title = fields.requiredString("title", "give the site a name, e.g. title: \"Harm in therapy\"").orElse("");
        String description = fields.requiredString("description", "describe the site in one sentence").orElse("");
        URI baseUrl = fields.requiredString("base_url", "the published address, e.g. base_url: \"https://example.org/kb/\"")
                .flatMap(value -> parseBaseUrl(value, fields)).orElse(URI.create("http://localhost/"));
        String language = fields.string("language").orElse("en-GB");
        if (!language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            fields.errorAt("language", "'language' must be a language tag such as en-GB", "write language: en-GB");
        }
        Path content = folder(fields, root, "content_dir", "content");
        Path theme = folder(fields, root, "theme_dir", "theme");
        // Whether the output folder may be replaced (not content, theme, this folder, ...) is the output
        // folder guard's to decide, once --out and the other overrides are known.
        String outputWritten = fields.string("output_dir").orElse("public");
        Path output = folder(fields, root, "output_dir", "public");
        SiteConfig.ValuePlace outputPlace = fields.string("output_dir").isPresent()
                ? new SiteConfig.ValuePlace(outputWritten, fields.valueLine("output_dir"), fields.valueColumn("output_dir"))
                : new SiteConfig.ValuePlace(outputWritten, 0, 0);
        HtmlPolicy html = fields.mapping("html").map(HtmlPolicy::read).orElse(HtmlPolicy.DEFAULT);
        boolean typographic = fields.mapping("markdown").map(m -> {
            m.rejectUnknownKeys(MARKDOWN_KEYS, "in markdown");
            return m.bool("typographic_quotes").orElse(false);
        }).orElse(false);
        List<Topic> topics = Topic.readAll(fields.mapping("topics"));
        List<Section> sections = Section.readAll(fields.mapping("sections"));
        List<Helpline> helplines = Helpline.readAll(fields.mappingList("helplines"));
        SafetySettings safety = SafetySettings.read(fields.mapping("safety"));
        SearchSettings search = SearchSettings.read(fields.mapping("search"));
        LintSettings lints = LintSettings.read(fields.mapping("lints"));
        StaticSettings staticFiles = StaticSettings.read(fields.mapping("static"));

        String contact = contact(fields);

        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new SiteConfig(configFile.toAbsolutePath().normalize(), title, description, baseUrl,
                language, content, theme, output, html, typographic, topics, sections, helplines, safety, search, lints, staticFiles,
                outputPlace, contact));
    }

    /**
     * The folder a {@code *_dir} key names, relative to the config's folder. A value no path can be made of (a NUL
     * character, say) is an error at the value, and the config's own folder stands in until the build stops.
     */
    private static Path folder(YamlFields fields, Path root, String key, String fallback) {
        String written = fields.string(key).orElse(fallback);
        try {
            return root.resolve(written).normalize();
        } catch (InvalidPathException e) {
            fields.errorAt(key, "'" + key + "' is not a folder path this system can use: " + e.getReason(),
                    "write a folder path relative to site-config.yaml, e.g. " + key + ": " + fallback);
            return root;
        }
    }

    /**
     * The {@code contact} address: one plain e-mail address, which pages show only as a {@code mailto:} link.
     * Anything else (a web address, a name, two addresses, a query) is an error at the value.
     */
    private static String contact(YamlFields fields) {
        Optional<String> contact = fields.string("contact").map(String::trim);
        if (contact.isPresent() && !EMAIL.matcher(contact.get()).matches()) {
            fields.errorAt("contact", "'contact' must be one e-mail address, like feedback@example.org: '" + contact.get() + "'",
                    "write only the address; pages show it as a mailto: link, so no name, web address or form");
            return null;
        }
        return contact.orElse(null);
    }

    private static Optional<URI> parseBaseUrl(String value, YamlFields fields) {
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                fields.errorAt("base_url", "'base_url' must be an absolute http or https address without ? or #",
                        "for example base_url: \"https://example.org/kb/\"");
                return Optional.empty();
            }
            return Optional.of(normaliseBaseUrl(uri));
        } catch (URISyntaxException e) {
            fields.errorAt("base_url", "'base_url' is not a valid address: " + e.getReason(),
                    "for example base_url: \"https://example.org/kb/\"");
            return Optional.empty();
        }
    }

    /** Ensures the base URL's path ends in a slash, so {@code /kb} and {@code /kb/} mean the same. */
    public static URI normaliseBaseUrl(URI uri) {
        String text = uri.toString();
        if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
            return URI.create(text + "/");
        }
        return text.endsWith("/") ? uri : URI.create(text + "/");
    }
}
