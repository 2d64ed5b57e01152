package org.harmkb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.harmkb.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every search box a reader can see is at least 200 px wide, the 404 page's included, on a 375 px phone
 * and a laptop, light and dark. Without JavaScript the search page says so and links the A–Z and the topics,
 * and only with scripts does it promise results "as you type".
 */
class SearchBoxTest {

    static final int MIN_WIDTH = 200;

    private static ChromeDriver driver;
    private static ChromeDriver withoutScripts;

    @AfterAll
    static void stop() {
        for (ChromeDriver d : new ChromeDriver[] {driver, withoutScripts}) {
            if (d != null) {
                d.quit();
            }
        }
    }

    private static ChromeDriver driver() {
        if (driver == null) {
            driver = Chromium.start(Chromium.Options.defaults());
        }
        return driver;
    }

    @TestFactory
    Stream<DynamicTest> everyVisibleSearchBoxIsWideEnough() {
        Chromium.require();
        List<DynamicTest> tests = new ArrayList<>();
        for (TestSites.Site site : TestSites.get().all()) {
            for (Map.Entry<String, String> type : site.onePerType().entrySet()) {
                for (Screen screen : Screen.ALL) {
                    tests.add(DynamicTest.dynamicTest(site.name() + " " + type.getKey() + " on " + screen, () -> {
                        screen.apply(driver());
                        PageLoads.load(driver(), site.url(type.getValue()) + "?" + StaticSiteServer.NO_REFRESH);
                        @SuppressWarnings("unchecked")
                        List<Number> widths = (List<Number>) driver().executeScript("""
                                return [...document.querySelectorAll('input[type=search]')]
                                  .filter(i => i.getClientRects().length > 0 && getComputedStyle(i).visibility === 'visible')
                                  .map(i => i.getBoundingClientRect().width);
                                """);
                        if (type.getKey().equals("search") || type.getKey().equals("404") || !screen.phone()) {
                            assertThat(widths).as("visible search boxes on " + type.getValue()).isNotEmpty();
                        }
                        if (screen.phone() && !widths.isEmpty()) {
                            System.out.println("MEASURE search box widths on " + type.getKey() + " at " + screen + ": " + widths);
                        }
                        assertThat(widths).as("search box widths on " + type.getValue() + " at " + screen)
                                .allSatisfy(w -> assertThat(w.doubleValue()).isGreaterThanOrEqualTo(MIN_WIDTH));
                    }));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void withoutJavaScriptTheSearchPageOffersTheIndexesAndPromisesNothingAsYouType() {
        Chromium.require();
        withoutScripts = Chromium.start(Chromium.Options.defaults().withoutJavaScript());
        TestSites.Site site = TestSites.get().fixture;
        Chromium.emulate(withoutScripts, 375, 812, false);
        withoutScripts.get(site.url("/search/?q=consent"));
        assertThat(withoutScripts.findElement(By.id("search-hint")).isDisplayed()).as("the as-you-type hint").isFalse();
        assertThat(withoutScripts.findElement(By.id("search-no-js")).isDisplayed()).isTrue();
        assertThat(withoutScripts.findElements(By.cssSelector("#search-no-js a")).stream().map(a -> a.getAttribute("pathname")))
                .containsExactly("/a-z/", "/topics/");

        Screen.PHONE.apply(driver());
        Chromium.open(driver(), site.url("/search/"));
        assertThat(driver().findElement(By.id("search-hint")).isDisplayed()).as("the hint once scripts run").isTrue();
        assertThat(driver().findElement(By.id("search-hint")).getText()).contains("as you type");
        assertThat(driver().findElement(By.id("search-no-js")).isDisplayed()).isFalse();
    }
}
