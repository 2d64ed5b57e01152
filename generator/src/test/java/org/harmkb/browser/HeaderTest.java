package org.harmkb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.harmkb.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The header leaves the first screen to the page: on a 375 by 812 phone an article's (and every page's) H1
 * starts at most 260 px from the top; the navigation is one line that does not wrap, on phones and laptops;
 * search is one tap away (a search link on phones, the search form on laptops); nothing scrolls sideways.
 */
class HeaderTest {

    static final int MAX_H1_TOP = 260;

    private static ChromeDriver driver;

    @BeforeAll
    static void start() {
        driver = Chromium.start(Chromium.Options.defaults());
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @TestFactory
    Stream<DynamicTest> theHeaderIsCompact() {
        Chromium.require();
        List<DynamicTest> tests = new ArrayList<>();
        for (TestSites.Site site : TestSites.get().all()) {
            for (Map.Entry<String, String> type : site.onePerType().entrySet()) {
                for (Screen screen : Screen.ALL) {
                    tests.add(DynamicTest.dynamicTest(site.name() + " " + type.getKey() + " on " + screen,
                            () -> check(site, type.getKey(), type.getValue(), screen)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(TestSites.Site site, String type, String page, Screen screen) {
        screen.apply(driver);
        PageLoads.load(driver, site.url(page) + "?" + StaticSiteServer.NO_REFRESH);
        @SuppressWarnings("unchecked")
        Map<String, Object> header = (Map<String, Object>) driver.executeScript("""
                const visible = e => e && e.getClientRects().length > 0 && getComputedStyle(e).visibility === 'visible';
                const items = [...document.querySelectorAll('.site-nav li')].filter(visible);
                const nav = document.querySelector('.site-nav');
                return {
                  h1: document.querySelector('main h1').getBoundingClientRect().top,
                  navLines: new Set(items.map(li => Math.round(li.getBoundingClientRect().top))).size,
                  navFits: nav.scrollWidth <= nav.clientWidth,
                  searchLink: visible(document.querySelector('.site-nav-search a')),
                  searchForm: visible(document.querySelector('.header-search input')),
                  sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth
                };
                """);
        double h1 = ((Number) header.get("h1")).doubleValue();
        if (type.equals("article") && screen.phone()) {
            System.out.println("MEASURE article H1 top at " + screen + " (" + site.name() + " " + page + "): " + h1 + " px");
        }
        if (screen.phone()) {
            assertThat(h1).as("top of the H1 on " + page + " at " + screen).isLessThanOrEqualTo(MAX_H1_TOP);
        }
        assertThat(header.get("navLines")).as("lines of navigation at " + screen).isEqualTo(1L);
        assertThat(header.get("navFits")).as("navigation fits without scrolling at " + screen).isEqualTo(true);
        assertThat(header.get(screen.phone() ? "searchLink" : "searchForm")).as("search in the header at " + screen).isEqualTo(true);
        assertThat(((Number) header.get("sideways")).intValue()).as("sideways scroll at " + screen).isLessThanOrEqualTo(0);
    }
}
