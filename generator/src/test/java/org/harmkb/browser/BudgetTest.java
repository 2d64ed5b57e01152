package org.harmkb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.harmkb.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The budgets hold: an article with everything it loads weighs at most 30 KB gzipped; no page loads a font
 * (web fonts from other origins least of all) or anything else from another origin; and nothing moves once
 * painted: the cumulative layout shift, measured by a {@code PerformanceObserver} from the first paint, is 0
 * on every page type, on a phone and a laptop, light and dark, and also while a page is still arriving.
 */
class BudgetTest {

    static final int MAX_ARTICLE_GZIP_BYTES = 30 * 1024;

    /** Installed before the page's own scripts: adds up every layout shift from the start. */
    static final String OBSERVE_SHIFTS = """
            window.__kbShift = {total: 0, shifts: []};
            new PerformanceObserver(list => {
              for (const e of list.getEntries()) {
                if (!e.hadRecentInput) {
                  window.__kbShift.total += e.value;
                  window.__kbShift.shifts.push(e.value + ' ' + e.sources.map(s => (s.node ? s.node.nodeName + '.' + s.node.className
                        + (s.node.nodeType === 3 ? ' "' + s.node.textContent.trim().substring(0, 40) + '"' : '') : '?')
                        + ' ' + [s.previousRect, s.currentRect].map(r => [r.x, r.y, r.width, r.height].map(Math.round).join(',')).join(' -> ')).join('; '));
                }
              }
            }).observe({type: 'layout-shift', buffered: true});
            requestAnimationFrame(() => {
              window.__kbFirstFrame = {loading: document.readyState === 'loading', footer: document.getElementById('site-footer') !== null};
              if (location.search.includes('%s=')) {
                requestAnimationFrame(() => navigator.sendBeacon('%s', location.search.substring(1)));
              }
            });
            """.formatted(StaticSiteServer.SPLIT, StaticSiteServer.PAINTED);

    private static ChromeDriver driver;

    @BeforeAll
    static void start() {
        driver = Chromium.start(Chromium.Options.defaults());
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVE_SHIFTS));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @TestFactory
    Stream<DynamicTest> anArticleWithAllItsAssetsIsAtMost30KbGzipped() {
        Chromium.require();
        List<DynamicTest> tests = new ArrayList<>();
        for (TestSites.Site site : TestSites.get().all()) {
            String article = site.name().equals("content") ? "/understanding-harm/pressure-to-recount-trauma/"
                    : "/guides/raising-a-concern/";
            for (Screen screen : List.of(Screen.PHONE, Screen.DESKTOP)) {
                tests.add(DynamicTest.dynamicTest(site.name() + " " + article + " on " + screen, () -> {
                    screen.apply(driver);
                    PageLoads.load(driver, site.url(article));
                    settle();
                    @SuppressWarnings("unchecked")
                    List<String> loaded = (List<String>) driver.executeScript("""
                            const urls = performance.getEntriesByType('resource').map(e => e.name);
                            for (const e of document.querySelectorAll('link[rel~=stylesheet], link[rel~=icon], script[src], img[src]')) urls.push(e.href || e.src);
                            return [location.href, ...urls];
                            """);
                    String origin = site.server().origin();
                    Set<String> files = new LinkedHashSet<>();
                    for (String url : loaded) {
                        if (url.startsWith("tel:") || url.startsWith("sms:")) {
                            continue;
                        }
                        assertThat(url).as("resource of " + article).startsWith(origin);
                        files.add(URI.create(url).getPath());
                    }
                    long total = 0;
                    List<String> weights = new ArrayList<>();
                    for (String path : files) {
                        Path file = site.file(path);
                        if (Files.isRegularFile(file)) {
                            long gzipped = gzippedSize(Files.readAllBytes(file));
                            weights.add(path + " " + gzipped);
                            total += gzipped;
                        }
                    }
                    System.out.println("MEASURE article weight gzipped (" + site.name() + " " + article + "): " + total + " bytes " + weights);
                    assertThat(total).as("gzipped weight of " + article + ": " + weights).isLessThanOrEqualTo(MAX_ARTICLE_GZIP_BYTES);
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> noFontsAndNoLayoutShiftOnAnyPageType() {
        Chromium.require();
        List<DynamicTest> tests = new ArrayList<>();
        for (TestSites.Site site : TestSites.get().all()) {
            Map<String, String> types = new java.util.LinkedHashMap<>(site.onePerType());
            types.put("search results", "/search/?q=consent");
            for (Map.Entry<String, String> type : types.entrySet()) {
                for (Screen screen : Screen.ALL) {
                    tests.add(DynamicTest.dynamicTest(site.name() + " " + type.getKey() + " on " + screen, () -> {
                        screen.apply(driver);
                        String page = type.getValue();
                        PageLoads.load(driver, site.url(page) + (page.contains("?") ? "&" : "?") + StaticSiteServer.NO_REFRESH);
                        if (page.contains("?q=")) {
                            new WebDriverWait(driver, Chromium.PAGE_WAIT).until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
                        }
                        settle();
                        @SuppressWarnings("unchecked")
                        Map<String, Object> state = (Map<String, Object>) driver.executeScript("""
                                const fonts = [...document.fonts].filter(f => f.status !== 'unloaded').map(f => f.family);
                                const fontFiles = performance.getEntriesByType('resource').map(e => e.name)
                                  .filter(n => /\\.(woff2?|ttf|otf|eot)(\\?|$)/.test(n));
                                return {shift: window.__kbShift.total, shifts: window.__kbShift.shifts, fonts: fonts, fontFiles: fontFiles,
                                        origins: [...new Set(performance.getEntriesByType('resource').map(e => new URL(e.name).origin))]};
                                """);
                        System.out.println("MEASURE CLS " + site.name() + " " + type.getKey() + " on " + screen + ": " + state.get("shift"));
                        assertThat(((Number) state.get("shift")).doubleValue()).as("layout shift on " + page + " at " + screen
                                + ": " + state.get("shifts")).isEqualTo(0.0);
                        assertThat(state.get("fonts")).as("web fonts on " + page).isEqualTo(List.of());
                        assertThat(state.get("fontFiles")).as("font files fetched by " + page).isEqualTo(List.of());
                        assertThat((List<?>) state.get("origins")).as("origins " + page + " loads from")
                                .allMatch(o -> o.equals(site.server().origin()));
                    }));
                }
            }
        }
        return tests.stream();
    }

    /**
     * Nothing moves while a page is still arriving, as it does on a slow connection. Each page type is sent in two
     * parts and the second is held back. Cut anywhere above the footer (in the header, just before its last element,
     * or halfway through {@code <main>}), the page is not painted at all until the rest has come: painted early, a
     * header without its search button, or a row of cards without its last card, moved when the rest arrived. Cut
     * in the footer, the page is painted before the rest is sent, and what was painted stays where it is.
     */
    @TestFactory
    Stream<DynamicTest> nothingMovesWhileAPageIsStillArriving() throws IOException {
        Chromium.require();
        List<DynamicTest> tests = new ArrayList<>();
        for (TestSites.Site site : TestSites.get().all()) {
            for (Map.Entry<String, String> type : site.onePerType().entrySet()) {
                String page = type.getValue();
                if (PageTypes.isRedirect(page, site.dir())) {
                    continue; // a redirect page leaves at once; there is nothing to watch
                }
                String html = Files.readString(site.file(page), StandardCharsets.UTF_8);
                for (Cut cut : Cut.in(html)) {
                    // Whether the page is painted early does not depend on the screen; how the rest moves it does.
                    for (Screen screen : cut.painted() ? List.of(Screen.PHONE, Screen.DESKTOP) : List.of(Screen.PHONE)) {
                        tests.add(DynamicTest.dynamicTest(site.name() + " " + type.getKey() + " cut " + cut.where() + " on " + screen,
                                () -> loadInTwoParts(site, page, cut, screen)));
                    }
                }
            }
        }
        return tests.stream();
    }

    private static void loadInTwoParts(TestSites.Site site, String page, Cut cut, Screen screen) {
        screen.apply(driver);
        // A page cut above the footer is not painted, so nothing releases its rest early: it is held a quarter
        // second, long enough for a browser that did paint it to have done so. A page cut in the footer is
        // painted, which releases the rest at once; ten seconds is only a backstop.
        long hold = cut.painted() ? 10_000 : 250;
        PageLoads.load(driver, site.url(page) + "?" + StaticSiteServer.SPLIT + "=" + cut.offset() + "&" + StaticSiteServer.HOLD + "=" + hold);
        settle();
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) driver.executeScript(
                "return {shift: window.__kbShift.total, shifts: window.__kbShift.shifts, first: window.__kbFirstFrame};");
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) state.get("first");
        String where = page + " cut " + cut.where() + " at " + screen;
        if (cut.painted()) {
            assertThat(first.get("loading")).as("the first paint of " + where + " came before the rest of the page").isEqualTo(true);
        } else {
            assertThat(first.get("footer")).as("the footer had arrived before the first paint of " + where).isEqualTo(true);
        }
        assertThat(((Number) state.get("shift")).doubleValue()).as("layout shift on " + where + ": " + state.get("shifts")).isEqualTo(0.0);
    }

    /**
     * Where a page is cut in two: a byte offset into the page's file, at the start of a tag; {@code painted} when
     * the cut is in the footer, so the browser paints the first part before the rest comes.
     */
    record Cut(String where, int offset, boolean painted) {

        static List<Cut> in(String html) {
            int header = html.indexOf("<header");
            int main = html.indexOf("<main");
            int mainEnd = html.indexOf("</main>", main);
            int footer = html.lastIndexOf("<footer"); // the site's footer, after any footer inside the article
            assertThat(List.of(header, main, mainEnd, footer)).as("the page has a header, a main and a footer").doesNotContain(-1);
            int halfway = Math.max(html.lastIndexOf('<', (main + mainEnd) / 2), html.indexOf('>', main) + 1);
            return List.of(
                    new Cut("in the header", bytesBefore(html, lastStartTag(html, header, "</header>")), false),
                    new Cut("halfway through main", bytesBefore(html, halfway), false),
                    new Cut("in the footer", bytesBefore(html, lastStartTag(html, footer, "</footer>")), true));
        }

        /** The start of the last start tag between {@code from} and the element's {@code end} tag. */
        private static int lastStartTag(String html, int from, String end) {
            for (int i = html.indexOf(end, from) - 1; i > from; i--) {
                if (html.charAt(i) == '<' && Character.isLetter(html.charAt(i + 1))) {
                    return i;
                }
            }
            throw new AssertionError("no element inside the one at " + from);
        }

        private static int bytesBefore(String html, int index) {
            return html.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
        }
    }

    /** Waits until fonts are settled and two frames have been painted, so late shifts would have been seen. */
    private static void settle() {
        driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => done())));");
    }

    static long gzippedSize(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
