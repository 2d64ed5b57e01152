package org.harmkb.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real content published under a sub-path ({@code https://example.org/kb/}): every {@code href},
 * {@code src} and form {@code action} in every page, every canonical and OpenGraph URL, and every sitemap
 * and feed URL stays under the sub-path and leads to a file the build wrote (Hugo #9994, Quartz #1760).
 */
class SubPathLinksTest {

    private static final String BASE = "https://example.org/kb/";
    private static final String BASE_PATH = "/kb/";

    /**
     * Sections other capabilities generate (graph: topics, A–Z, glossary index; search: the search page).
     * The header and the 404 page link to them; until those stages are part of the build they may be
     * missing. Everything else must exist.
     */
    private static final Set<String> SECTIONS_BUILT_ELSEWHERE = Set.of("/kb/search/", "/kb/a-z/", "/kb/topics/", "/kb/glossary/");

    @TempDir
    static Path temp;

    private static Path out;

    @BeforeAll
    static void buildRealContentUnderASubPath() {
        out = temp.resolve("public");
        BuildResult result = new SiteBuilder().build(BuildOptions.defaults(Path.of("site-config.yaml"))
                .withOutputDir(out).withBaseUrl(URI.create(BASE)));
        assertThat(result.errorCount()).as(result.diagnostics().toString()).isZero();
    }

    @Test
    void everyLinkInEveryPageStaysUnderTheSubPathAndLeadsToAFile() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> missingSections = new TreeSet<>();
        int checked = 0;
        for (Path file : files(".html")) {
            Document page = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
            for (Element element : page.select("[href], [src], form[action]")) {
                for (String attribute : List.of("href", "src", "action")) {
                    if (!element.hasAttr(attribute)) {
                        continue;
                    }
                    checked++;
                    check(out.relativize(file) + " <" + element.tagName() + " " + attribute + ">",
                            element.attr(attribute), problems, missingSections);
                }
            }
            for (Element meta : page.select("link[rel=canonical], meta[property=og:url]")) {
                String url = meta.hasAttr("href") ? meta.attr("href") : meta.attr("content");
                if (!url.startsWith(BASE)) {
                    problems.add(out.relativize(file) + ": " + url + " is not under " + BASE);
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(problems).isEmpty();
        assertThat(missingSections).isSubsetOf(SECTIONS_BUILT_ELSEWHERE);
    }

    @Test
    void sitemapAndFeedListOnlyAbsoluteUrlsUnderTheSubPath() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> missing = new TreeSet<>();
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        String feed = Files.readString(out.resolve("feed.xml"));
        List<String> urls = new ArrayList<>();
        collect(Pattern.compile("<loc>([^<]+)</loc>"), sitemap, urls);
        collect(Pattern.compile("href=\"([^\"]+)\""), feed, urls);
        collect(Pattern.compile("<id>([^<]+)</id>"), feed, urls);
        assertThat(urls).hasSizeGreaterThan(20);
        for (String url : urls) {
            check("sitemap/feed", url, problems, missing);
            if (!url.startsWith(BASE)) {
                problems.add(url + " is not absolute under " + BASE);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(missing).isEmpty();
    }

    private static void check(String where, String value, List<String> problems, Set<String> missingSections) {
        if (value.isEmpty() || value.startsWith("#") || value.startsWith("mailto:") || value.startsWith("tel:") || value.startsWith("sms:")
                || value.startsWith("data:")) {
            return;
        }
        String path;
        if (value.startsWith("http://") || value.startsWith("https://")) {
            URI uri = URI.create(value);
            if (!"example.org".equals(uri.getHost())) {
                return;
            }
            path = uri.getRawPath();
        } else if (value.startsWith("/")) {
            path = value;
        } else {
            problems.add(where + ": relative reference '" + value + "' breaks when the page is served elsewhere");
            return;
        }
        path = path.replaceAll("[?#].*$", "");
        if (!path.startsWith(BASE_PATH)) {
            problems.add(where + ": '" + value + "' is outside " + BASE_PATH);
            return;
        }
        String relative = URI.create("file:///" + path.substring(BASE_PATH.length())).getPath().substring(1);
        Path target = out.resolve(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative);
        if (!Files.isRegularFile(target)) {
            if (SECTIONS_BUILT_ELSEWHERE.contains(path)) {
                missingSections.add(path);
            } else {
                problems.add(where + ": '" + value + "' leads to no file");
            }
        }
    }

    private static void collect(Pattern pattern, String text, List<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1).replace("&amp;", "&"));
        }
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
