package org.harmkb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.harmkb.pipeline.BuildOptions;
import org.harmkb.pipeline.BuildResult;
import org.harmkb.pipeline.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every folder of the content has a section page listing its pages with their descriptions, and every page
 * but the home page, the 404 page and redirects has a breadcrumb trail Home › Section › Page (Home › Glossary
 * › Term, Home › Topics › Topic, Home › Learning paths › Path) whose links lead to those pages and which its
 * BreadcrumbList JSON-LD repeats. {@code check} passes on the content, which has a folder without index.md.
 */
class SectionPagesTest {

    /** JSON is YAML 1.2: the YAML library the generator already uses reads the JSON-LD blocks. */
    private static Object json(String text) {
        return new Load(LoadSettings.builder().build()).loadFromString(text);
    }

    static TestSites.Site contentSite() {
        Assumptions.assumeTrue(TestSites.get().content.isPresent(), "the repository has no content/ to check");
        return TestSites.get().content.get();
    }

    static Document page(TestSites.Site site, String sitePath) {
        Path file = site.file(sitePath);
        try {
            return Jsoup.parse(Files.readString(file), site.url(sitePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyContentFolderHasASectionPageListingItsPages() throws IOException {
        TestSites.Site site = contentSite();
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            folders = walk.filter(Files::isDirectory).filter(dir -> !dir.equals(Path.of("content")))
                    .filter(dir -> !dir.getFileName().toString().equals("glossary"))
                    // Folders whose names start with _ or . are not published (content/_search holds the vocabulary).
                    .filter(dir -> !dir.getFileName().toString().startsWith("_") && !dir.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        assertThat(folders).as("content folders").hasSizeGreaterThanOrEqualTo(3);
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.toString(), () -> {
            String url = "/" + Path.of("content").relativize(folder).toString().replace('\\', '/') + "/";
            assertThat(site.pages()).as("section pages").contains(url);
            Document section = page(site, url);
            assertThat(section.selectFirst("main h1").text()).isNotBlank();
            List<Path> markdown;
            try (Stream<Path> files = Files.list(folder)) {
                markdown = files.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().equals("index.md")).toList();
            }
            for (Path md : markdown) {
                String pageUrl = url + md.getFileName().toString().replaceFirst("\\.md$", "") + "/";
                Element link = section.selectFirst("main .card a.card-link[href=\"" + pageUrl + "\"]");
                assertThat(link).as("link to " + pageUrl + " on " + url).isNotNull();
                String description = page(site, pageUrl).selectFirst("meta[name=description]").attr("content");
                assertThat(link.parent().selectFirst("p").text()).as("description of " + pageUrl).isEqualTo(description);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyPageHasABreadcrumbTrailAndItsStructuredData() {
        List<DynamicTest> tests = new ArrayList<>();
        for (TestSites.Site site : TestSites.get().all()) {
            for (String path : site.pages()) {
                if (path.equals("/") || path.equals("/404.html") || PageTypes.isRedirect(path, site.dir())) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(site.name() + " " + path, () -> checkTrail(site, path)));
            }
        }
        return tests.stream();
    }

    private static void checkTrail(TestSites.Site site, String path) throws IOException {
        Document doc = page(site, path);
        List<Element> items = doc.select("nav.breadcrumbs[aria-label=Breadcrumb] li");
        assertThat(items).as("breadcrumb items on " + path).hasSizeGreaterThanOrEqualTo(2);
        List<String> names = items.stream().map(Element::text).toList();
        assertThat(names.get(0)).isEqualTo("Home");
        assertThat(items.get(0).selectFirst("a").attr("href")).isEqualTo("/");
        assertThat(names.get(names.size() - 1)).as("last crumb is the page").isEqualTo(doc.selectFirst("main h1").text());
        assertThat(items.get(items.size() - 1).attr("aria-current")).isEqualTo("page");

        // Each crumb between links to the folder above, whose page has the crumb's name as its title.
        String[] segments = path.substring(1).split("/");
        List<String> expectedHrefs = new ArrayList<>();
        for (int i = 1; i < segments.length; i++) {
            expectedHrefs.add("/" + String.join("/", java.util.Arrays.copyOfRange(segments, 0, i)) + "/");
        }
        List<String> hrefs = items.subList(1, items.size() - 1).stream().map(li -> li.selectFirst("a").attr("href")).toList();
        assertThat(hrefs).as("crumbs between Home and " + path).isEqualTo(expectedHrefs);
        for (int i = 1; i < items.size() - 1; i++) {
            String above = hrefs.get(i - 1);
            assertThat(page(site, above).selectFirst("main h1").text()).as("title of " + above).isEqualTo(names.get(i));
        }
        String first = segments[0];
        if (segments.length > 1 && List.of("glossary", "topics", "paths").contains(first)) {
            assertThat(names.get(1)).isEqualTo(switch (first) {
                case "glossary" -> "Glossary";
                case "topics" -> "Topics";
                default -> "Learning paths";
            });
        }

        // BreadcrumbList JSON-LD says the same, with absolute addresses.
        java.util.Map<?, ?> list = null;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            java.util.Map<?, ?> node = (java.util.Map<?, ?>) json(script.data());
            if ("BreadcrumbList".equals(node.get("@type"))) {
                list = node;
            }
        }
        assertThat(list).as("BreadcrumbList on " + path).isNotNull();
        List<?> elements = (List<?>) list.get("itemListElement");
        assertThat(elements).hasSize(names.size());
        for (int i = 0; i < names.size(); i++) {
            java.util.Map<?, ?> element = (java.util.Map<?, ?>) elements.get(i);
            assertThat(((Number) element.get("position")).intValue()).isEqualTo(i + 1);
            assertThat(element.get("name")).isEqualTo(names.get(i));
            String expectedPath = i == 0 ? "/" : i < names.size() - 1 ? hrefs.get(i - 1) : path;
            assertThat(element.get("item")).isEqualTo("https://example.org" + expectedPath);
        }
    }

    @Test
    void checkPassesOnContentWithAFolderWithoutIndex() {
        Assumptions.assumeTrue(Files.exists(Path.of("content/index.md")), "the repository has no content/ to check");
        assertThat(Path.of("content/anti-oppressive-practice/index.md")).as("a folder without index.md").doesNotExist();
        BuildResult result = new SiteBuilder().build(new BuildOptions(Path.of("site-config.yaml"),
                Optional.of(Path.of("content").toAbsolutePath()), Optional.of(Path.of("theme").toAbsolutePath()),
                Optional.empty(), Optional.empty(), false, false));
        assertThat(result.errorCount()).as("check: " + result.diagnostics()).isZero();
        assertThat(result.warningCount()).as("check warnings: " + result.diagnostics()).isZero();
    }
}
