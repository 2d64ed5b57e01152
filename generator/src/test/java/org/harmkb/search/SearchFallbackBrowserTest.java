package org.harmkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page where the usual path is not there: a host that ignores {@code Range} (the client keeps
 * whole pack files), a host that sends damaged packs (the page says search could not load), and a browser
 * without {@code DecompressionStream} (the page keeps its no-JavaScript guidance and fetches nothing).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchFallbackBrowserTest {

    @TempDir
    static Path temp;

    SearchBrowser browser;
    StaticServer ignoringRanges;
    StaticServer garbling;

    @BeforeAll
    void buildAndStart() throws IOException {
        SearchSite site = SearchSite.build(SearchSite.CORPUS, temp.resolve("site"));
        browser = new SearchBrowser(site.output(), temp.resolve("profile"), 1280, 900);
        ignoringRanges = new StaticServer(site.output(), StaticServer.Ranges.IGNORED);
        garbling = new StaticServer(site.output(), StaticServer.Ranges.GARBLED);
    }

    @AfterAll
    void stop() {
        if (ignoringRanges != null) {
            ignoringRanges.close();
        }
        if (garbling != null) {
            garbling.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    private void awaitStatusFor(String query) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("search-status")).getText().contains("“" + query + "”"));
    }

    /** The results' links (path and fragment), best first. */
    @SuppressWarnings("unchecked")
    private List<String> results() {
        return (List<String>) browser.driver.executeScript("return Array.from(document.querySelectorAll('#search-results > li'))"
                + ".map((li) => { const u = new URL(li.querySelector('a').href); return u.pathname + u.hash; });");
    }

    /** Both searches' results, and how many pack requests the server had seen between them. */
    private record TwoSearches(List<String> first, List<String> second, int packRequestsAfterFirst) {
    }

    /** Opens the search page on {@code server} for {@code first}, then types {@code second}. */
    private TwoSearches searchTwice(StaticServer server, String first, String second) {
        browser.driver.get(server.url() + "search/?q=" + URLEncoder.encode(first, StandardCharsets.UTF_8));
        awaitStatusFor(first);
        List<String> firstResults = results();
        int packRequests = packRequests(server).size();
        browser.driver.executeScript("const i = document.getElementById('search-input'); i.value = arguments[0];"
                + "i.dispatchEvent(new Event('input'));", second);
        awaitStatusFor(second);
        return new TwoSearches(firstResults, results(), packRequests);
    }

    private static List<String> packRequests(StaticServer server) {
        return server.requests().stream().filter(r -> r.startsWith("/search/pack-")).toList();
    }

    @Test
    void aHostThatIgnoresRangesGivesTheSameResultsFromWholePackFilesFetchedOnce() {
        TwoSearches ranged = searchTwice(browser.server, "reliving trauma", "complaint");
        TwoSearches whole = searchTwice(ignoringRanges, "reliving trauma", "complaint");

        assertThat(ranged.first()).isNotEmpty();
        assertThat(ranged.second()).isNotEmpty().isNotEqualTo(ranged.first());
        assertThat(whole.first()).isEqualTo(ranged.first());
        assertThat(whole.second()).isEqualTo(ranged.second());
        List<String> asked = packRequests(ignoringRanges);
        assertThat(asked).isNotEmpty().allMatch(r -> r.matches("/search/pack-[0-9a-f]{12}\\.bin bytes=\\d+-\\d+"));
        // The second search needed segments the first had not (the ranged host was asked again), yet with
        // whole files already in memory no file is fetched twice.
        assertThat(packRequests(browser.server).size()).isGreaterThan(ranged.packRequestsAfterFirst());
        assertThat(asked.stream().map(r -> r.substring(0, r.indexOf(' '))).toList()).doesNotHaveDuplicates();
    }

    @Test
    void damagedPacksMakeThePageSaySearchCouldNotLoad() {
        browser.driver.get(garbling.url() + "search/?q=consent");
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("search-status")).getText().startsWith("Search could not load."));
        assertThat(browser.driver.findElements(By.cssSelector("#search-results > li"))).isEmpty();
        assertThat(packRequests(garbling)).isNotEmpty();
    }

    @Test
    void aBrowserWithoutDecompressionStreamKeepsTheGuidanceAndFetchesNoIndex() {
        Map<String, Object> added = browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "delete globalThis.DecompressionStream;"));
        try {
            int before = browser.server.requests().size();
            browser.open("/search/?q=consent");
            assertThat(browser.driver.executeScript("return typeof DecompressionStream;")).isEqualTo("undefined");
            // The page script ran (it put the query in the box) and chose to show the guidance.
            assertThat(browser.driver.findElement(By.id("search-input")).getAttribute("value")).isEqualTo("consent");
            assertThat(browser.driver.findElement(By.id("search-no-js")).isDisplayed()).isTrue();
            assertThat(browser.driver.findElements(By.cssSelector("#search-results > li"))).isEmpty();
            assertThat(browser.driver.findElement(By.id("search-status")).getText()).isEmpty();
            List<String> requests = browser.server.requests();
            assertThat(requests.subList(before, requests.size())).isNotEmpty()
                    .noneMatch(r -> r.startsWith("/search/index.json") || r.startsWith("/search/pack-"));
        } finally {
            browser.driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", added.get("identifier")));
        }
        browser.open("/search/?q=consent");
        awaitStatusFor("consent");
        assertThat(browser.driver.findElement(By.id("search-no-js")).isDisplayed()).isFalse();
    }
}
