package org.harmkb.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The validated contents of {@code site-config.yaml}, with command-line overrides applied.
 * Immutable; paths are absolute and normalised.
 *
 * @param baseUrl     absolute http(s) URL of the published site, always ending in {@code /}
 * @param sections    the {@code sections:} entries, in the order they are written
 * @param staticFiles the {@code static:} section: active files the author chose to publish
 * @param outputDirPlace how {@code output_dir} is written and where, for the output folder guard's refusals
 * @param contact     the site's contact e-mail address ({@code contact:}), checked to be one plain address, or null
 */
public record SiteConfig(
        Path configFile,
        String title,
        String description,
        URI baseUrl,
        String language,
        Path contentDir,
        Path themeDir,
        Path outputDir,
        HtmlPolicy html,
        boolean typographicQuotes,
        List<Topic> topics,
        List<Section> sections,
        List<Helpline> helplines,
        SafetySettings safety,
        SearchSettings search,
        LintSettings lints,
        StaticSettings staticFiles,
        ValuePlace outputDirPlace,
        String contact) {

    /** A config value as written, and its 1-based line and column; 0 when the key is absent (a default). */
    public record ValuePlace(String written, int line, int column) {
    }

    public SiteConfig {
        Objects.requireNonNull(configFile);
        Objects.requireNonNull(title);
        Objects.requireNonNull(description);
        Objects.requireNonNull(baseUrl);
        Objects.requireNonNull(language);
        Objects.requireNonNull(contentDir);
        Objects.requireNonNull(themeDir);
        Objects.requireNonNull(outputDir);
        Objects.requireNonNull(html);
        topics = List.copyOf(topics);
        sections = List.copyOf(sections);
        helplines = List.copyOf(helplines);
        Objects.requireNonNull(safety);
        Objects.requireNonNull(search);
        Objects.requireNonNull(lints);
        Objects.requireNonNull(staticFiles);
        Objects.requireNonNull(outputDirPlace);
    }

    /** The path part of {@link #baseUrl()}, e.g. {@code /} or {@code /kb/}: the prefix of every internal href. */
    public String basePath() {
        String path = baseUrl.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /**
     * The href of a site path such as {@code /topics/} or {@code assets/style.css}, prefixed with the base
     * path so the link works when the site is published under a sub-path.
     */
    public String href(String sitePath) {
        String relative = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return basePath() + relative;
    }

    /** The absolute URL of a site path, for canonical links, feeds and sitemaps. */
    public String absoluteUrl(String sitePath) {
        String relative = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return baseUrl.toString() + relative;
    }

    public SiteConfig withDirectories(Path content, Path theme, Path output) {
        return new SiteConfig(configFile, title, description, baseUrl, language, content, theme, output, html,
                typographicQuotes, topics, sections, helplines, safety, search, lints, staticFiles, outputDirPlace, contact);
    }

    public SiteConfig withSearch(SearchSettings settings) {
        return new SiteConfig(configFile, title, description, baseUrl, language, contentDir, themeDir, outputDir, html,
                typographicQuotes, topics, sections, helplines, safety, settings, lints, staticFiles, outputDirPlace,
                contact);
    }

    public SiteConfig withBaseUrl(URI url) {
        return new SiteConfig(configFile, title, description, url, language, contentDir, themeDir, outputDir, html,
                typographicQuotes, topics, sections, helplines, safety, search, lints, staticFiles, outputDirPlace, contact);
    }
}
