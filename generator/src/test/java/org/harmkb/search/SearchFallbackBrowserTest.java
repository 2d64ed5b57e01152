package org.harmkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.harmkb.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search client on each kind of host, and where the usual path is not there: a host that answers several
 * ranges in one response (a batch's segments from one pack file come in one request), hosts that answer only
 * one range (one request per range, never the whole file), a host that ignores {@code Range} (the client
 * keeps whole pack files), a host that sends damaged packs (the page says search could not load), and a
 * browser without {@code DecompressionStream} (the page keeps its no-JavaScript guidance and fetches nothing).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchFallbackBrowserTest {

    @TempDir
    static Path temp;

    SearchBrowser browser;
    StaticServer ignoringRanges;
    StaticServer garbling;
    List<StaticServer> oneRangeHosts;
    StaticServer probeOnly;

    @BeforeAll
    void buildAndStart() throws IOException {
        SearchSite site = SearchSite.build(SearchSite.CORPUS, temp.resolve("site"));
        browser = new SearchBrowser(site.output(), 1280, 900);
        ignoringRanges = new StaticServer(site.output(), StaticServer.Ranges.IGNORED);
        garbling = new StaticServer(site.output(), StaticServer.Ranges.GARBLED);
        oneRangeHosts = List.of(new StaticServer(site.output(), StaticServer.Ranges.WHOLE_FOR_SEVERAL),
                new StaticServer(site.output(), StaticServer.Ranges.REFUSE_SEVERAL),
                new StaticServer(site.output(), StaticServer.Ranges.FIRST_ONLY));
        probeOnly = new StaticServer(site.output(), StaticServer.Ranges.PROBE_ONLY);
    }

    @AfterAll
    void stop() {
        for (StaticServer server : new StaticServer[] {ignoringRanges, garbling, probeOnly}) {
            if (server != null) {
                server.close();
            }
        }
        if (oneRangeHosts != null) {
            oneRangeHosts.forEach(StaticServer::close);
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
        Chromium.open(browser.driver, server.url() + "search/?q=" + URLEncoder.encode(first, StandardCharsets.UTF_8));
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

    /** What one fresh index on {@code server} did once its range probe had answered. */
    private record Reads(boolean severalRanges, List<String> hits, List<String> documentRequests, List<String> farApartRequests) {
    }

    /**
     * On {@code server}: loads a fresh index and waits for its range probe, searches {@code query}, then
     * reads every hit's display data (logging the pack requests that took); then, with another fresh index,
     * reads two segments of the first pack file too far apart to share a range on any host (logging those requests).
     */
    @SuppressWarnings("unchecked")
    private Reads readsOn(StaticServer server, String query) {
        Chromium.open(browser.driver, server.url() + "search/");
        Object several = browser.callModules("const index = new engine.SearchIndex('/search/'); window.index = index;"
                + "await index.load(); await index.probe; window.hits = (await index.search(args[0], 10)).hits;"
                + "return index.severalRanges;", query);
        int before = server.requests().size();
        Object urls = browser.callModules("const docs = await Promise.all(window.hits.map((h) => window.index.document(h.doc)));"
                + "return docs.map((d) => d.u);");
        List<String> documentRequests = packRequests(server, before);
        before = server.requests().size();
        Object gap = browser.callModules("const index = new engine.SearchIndex('/search/'); await index.load(); await index.probe;"
                + "const last = index.locations.findLastIndex((l) => l.file === 0);"
                + "await Promise.all([index.segment(0), index.segment(last)]);"
                + "return index.locations[last].start - index.locations[0].end;");
        assertThat(((Number) gap).longValue()).as("bytes between the two segments").isGreaterThan(8192);
        return new Reads((Boolean) several, (List<String>) urls, documentRequests, packRequests(server, before));
    }

    private static List<String> packRequests(StaticServer server, int from) {
        List<String> requests = server.requests();
        return requests.subList(from, requests.size()).stream().filter(r -> r.startsWith("/search/pack-")).toList();
    }

    @Test
    void aHostThatAnswersSeveralRangesSendsABatchsRangesInOnePackInOneRequest() {
        Reads reads = readsOn(browser.server, "therapist");
        assertThat(reads.severalRanges()).isTrue();
        assertThat(reads.hits()).hasSize(10);
        assertThat(reads.farApartRequests()).hasSize(1)
                .allMatch(r -> r.matches("/search/pack-[0-9a-f]{12}\\.bin bytes=\\d+-\\d+,\\d+-\\d+"));
        // However the ten results' chunks lie, no pack file is asked twice for them.
        assertThat(reads.documentRequests()).isNotEmpty();
        assertThat(reads.documentRequests().stream().map(r -> r.substring(0, r.indexOf(' '))).toList()).doesNotHaveDuplicates();
    }

    @Test
    void multipartBodiesAreReadByEachPartsLengthSoDataThatSpellsTheBoundaryCannotCutAPart() {
        browser.open("/search/");
        Object parsed = browser.callModules("const bytes = (s) => new Uint8Array(Array.from(s, (c) => c.charCodeAt(0)));"
                + "const text = (parts) => parts && parts.map((p) => p.start + ':' + String.fromCharCode(...p.bytes)).join('|');"
                + "const body = '\\r\\n--XY\\r\\nContent-Type: a/b\\r\\nContent-Range: bytes 10-17/99\\r\\n\\r\\n\\r\\n--XY--'"
                + " + '\\r\\n--XY\\r\\ncontent-range: bytes 3-3/99\\r\\n\\r\\nZ\\r\\n--XY--\\r\\n';"
                + "return [text(engine.byteRangeParts('multipart/byteranges; boundary=XY', null, bytes(body))),"
                + " text(engine.byteRangeParts('Multipart/ByteRanges; charset=x; boundary=\"XY\"', null, bytes(body))),"
                + " text(engine.byteRangeParts('multipart/byteranges; boundary=XY', null, bytes(body.slice(0, 70)))),"
                + " text(engine.byteRangeParts('application/octet-stream', 'bytes 5-7/99', bytes('abc'))),"
                + " text(engine.byteRangeParts('application/octet-stream', 'bytes 5-8/99', bytes('abc')))];");
        assertThat(parsed).isEqualTo(java.util.Arrays.asList("10:\r\n--XY--|3:Z", "10:\r\n--XY--|3:Z", null, "5:abc", null));
    }

    @Test
    void hostsThatAnswerOnlyOneRangeGetOneRequestPerRangeAndTheSameResults() {
        Reads several = readsOn(browser.server, "therapist");
        for (StaticServer host : oneRangeHosts) {
            Reads reads = readsOn(host, "therapist");
            assertThat(reads.severalRanges()).isFalse();
            assertThat(reads.hits()).isEqualTo(several.hits());
            assertThat(reads.farApartRequests()).hasSize(2);
            assertThat(packRequests(host, 0)).isNotEmpty()
                    .allMatch(r -> r.matches("/search/pack-[0-9a-f]{12}\\.bin bytes=\\d+-\\d+"));
            assertThat(host.requests()).contains("/search/ranges.txt bytes=0-1,4-5");
        }
    }

    @Test
    void hostsThatAnswerOnlyOneRangeGetAQuerysDocumentsLyingAFewKilobytesApartInOneRange() {
        Reads several = readsOn(browser.server, "therapist");
        // The results' chunks are not all neighbours: chunks of more than a kilobyte, which no result needs,
        // lie between some of them, yet all lie within a few kilobytes of the next.
        Object widestGap = browser.callModules("const index = new engine.SearchIndex('/search/'); await index.load();"
                + "const first = 2 * index.manifest.shards.length;"
                + "const ks = [...new Set(window.hits.map((h) => first + Math.floor(h.doc / index.manifest.chunk)))].sort((a, b) => a - b);"
                + "let widest = 0; for (let i = 1; i < ks.length; i++) {"
                + "  const gap = index.locations[ks[i]].start - index.locations[ks[i - 1]].end; if (gap > widest) widest = gap; }"
                + "return [widest, engine.ONE_RANGE_GAP];");
        assertThat((List<?>) widestGap).satisfies(g -> {
            assertThat(((Number) g.get(0)).longValue()).isGreaterThan(1024).isLessThanOrEqualTo(((Number) g.get(1)).longValue());
        });
        assertThat(several.documentRequests()).hasSize(1);
        for (StaticServer host : oneRangeHosts) {
            Reads reads = readsOn(host, "therapist");
            assertThat(reads.hits()).isEqualTo(several.hits());
            assertThat(reads.documentRequests()).hasSize(1)
                    .allMatch(r -> r.matches("/search/pack-[0-9a-f]{12}\\.bin bytes=\\d+-\\d+"));
        }
    }

    @Test
    void aHostThatRefusesSeveralRangesOfAPackAfterThePassedProbeIsThenAskedForOneAtATime() {
        Reads several = readsOn(browser.server, "therapist");
        Reads reads = readsOn(probeOnly, "therapist");
        assertThat(reads.hits()).isEqualTo(several.hits());
        assertThat(reads.farApartRequests()).hasSize(3);
        assertThat(reads.farApartRequests().get(0)).matches("/search/pack-[0-9a-f]{12}\\.bin bytes=\\d+-\\d+,\\d+-\\d+");
        assertThat(reads.farApartRequests().subList(1, 3)).allMatch(r -> r.matches("/search/pack-[0-9a-f]{12}\\.bin bytes=\\d+-\\d+"));
        assertThat(probeOnly.requests()).contains("/search/ranges.txt bytes=0-1,4-5");
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
        Chromium.open(browser.driver, garbling.url() + "search/?q=consent");
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
