package org.harmkb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.harmkb.pipeline.BuildOptions;
import org.harmkb.pipeline.BuildResult;
import org.harmkb.pipeline.SiteBuilder;

/**
 * The sites the browser tests visit, built once per test run and served on 127.0.0.1: the {@code theme-site}
 * fixture (every page type this branch has, hostile content included), and the real {@code content/} when
 * the repository has it. A second server on another port stands in for the exit destination, so the exit
 * can be followed without leaving the machine.
 */
final class TestSites {

    static final Path FIXTURE = Path.of("generator/src/test/resources/sites/theme-site");

    /** A built and served site; {@code pages} are the site paths of all its HTML files, sorted. */
    record Site(String name, Path dir, StaticSiteServer server, List<String> pages) {

        String url(String sitePath) {
            return server.url(sitePath);
        }

        /** The built file a site path is served from, e.g. {@code a-z/index.html} for {@code /a-z/}. */
        Path file(String sitePath) {
            return TestSites.file(dir, sitePath);
        }

        /** One page of each type, e.g. {@code article}, {@code home}, {@code topic}, in page order. */
        Map<String, String> onePerType() {
            Map<String, String> out = new LinkedHashMap<>();
            pages.forEach(p -> out.putIfAbsent(PageTypes.of(p, dir), p));
            return out;
        }
    }

    /** The file under {@code siteDir} that a site path is served from. */
    static Path file(Path siteDir, String sitePath) {
        return siteDir.resolve(sitePath.endsWith("/") ? sitePath.substring(1) + "index.html" : sitePath.substring(1));
    }

    private static TestSites instance;

    final StaticSiteServer elsewhere;
    final Site fixture;
    final Optional<Site> content;

    private TestSites() throws IOException {
        Path temp = Files.createTempDirectory("kb-browser-sites");
        Path weather = temp.resolve("elsewhere/weather/index.html");
        Files.createDirectories(weather.getParent());
        Files.writeString(weather, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Weather</title>"
                + "</head><body><h1>Weather forecast</h1></body></html>", StandardCharsets.UTF_8);
        elsewhere = new StaticSiteServer(temp.resolve("elsewhere"));

        Path config = temp.resolve("fixture-config.yaml");
        Files.writeString(config, Files.readString(FIXTURE.resolve("site-config.yaml"), StandardCharsets.UTF_8)
                + "safety:\n  exit_url: \"" + exitUrl() + "\"\n", StandardCharsets.UTF_8);
        fixture = build("fixture", config, FIXTURE.resolve("content"), temp.resolve("fixture"));
        content = Files.exists(Path.of("content/index.md"))
                ? Optional.of(build("content", Path.of("site-config.yaml"), Path.of("content"), temp.resolve("content")))
                : Optional.empty();
    }

    static synchronized TestSites get() {
        if (instance == null) {
            try {
                instance = new TestSites();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    String exitUrl() {
        return elsewhere.url("/weather/");
    }

    List<Site> all() {
        List<Site> sites = new ArrayList<>(List.of(fixture));
        content.ifPresent(sites::add);
        return sites;
    }

    private static Site build(String name, Path config, Path contentDir, Path out) throws IOException {
        BuildOptions options = new BuildOptions(config, Optional.of(contentDir.toAbsolutePath()), Optional.of(Path.of("theme").toAbsolutePath()),
                Optional.of(out), Optional.empty(), false, true);
        BuildResult result = new SiteBuilder().build(options);
        assertThat(result.errorCount()).as(name + " site build: " + result.diagnostics()).isZero();
        List<String> pages;
        try (Stream<Path> walk = Files.walk(out)) {
            pages = walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> sitePath(out.relativize(p).toString().replace('\\', '/')))
                    .sorted()
                    .toList();
        }
        return new Site(name, out, new StaticSiteServer(out), pages);
    }

    private static String sitePath(String relative) {
        if (relative.equals("index.html")) {
            return "/";
        }
        return relative.endsWith("/index.html") ? "/" + relative.substring(0, relative.length() - "index.html".length()) : "/" + relative;
    }
}
