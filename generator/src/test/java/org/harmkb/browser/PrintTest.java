package org.harmkb.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A printed article shows its title, its text, its dates and its sources, and one line with the main
 * helpline; no navigation, contents list, related articles, backlinks, support box or other screen-only
 * parts.
 */
class PrintTest {

    /** Shown on paper. {@code .sources} is checked only where the page has one. */
    static final List<String> PRINTED = List.of("main h1", ".prose", ".review-dates", ".print-helpline");

    /** Left out on paper. */
    static final List<String> LEFT_OUT = List.of(".safety-bar", ".site-header", ".site-nav", ".breadcrumbs", ".toc",
            ".related", ".backlinks", ".support", ".site-footer", ".glossary-terms", ".page-topics", ".series-nav",
            ".content-note", ".heading-anchor");

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
    Stream<DynamicTest> aPrintedArticleIsItsTextDatesSourcesAndOneHelpline() {
        Chromium.require();
        return TestSites.get().all().stream().map(site -> DynamicTest.dynamicTest(site.name(), () -> {
            String article = site.name().equals("content") ? "/understanding-harm/pressure-to-recount-trauma/"
                    : "/guides/raising-a-concern/";
            Chromium.emulate(driver, 1280, 800, false);
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print", "features", List.of()));
            try {
                PageLoads.load(driver, site.url(article));
                @SuppressWarnings("unchecked")
                Map<String, Object> shown = (Map<String, Object>) driver.executeScript("""
                        const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
                        const state = {};
                        for (const s of arguments[0].concat(arguments[1], ['.sources'])) {
                          const all = [...document.querySelectorAll(s)];
                          state[s] = all.length === 0 ? null : all.some(shown);
                        }
                        const line = document.querySelector('.print-helpline');
                        state.helpline = line ? line.textContent.trim() : null;
                        state.helplineLinks = line ? line.querySelectorAll('a[href^="tel:"]').length : 0;
                        return state;
                        """, PRINTED, LEFT_OUT);
                for (String selector : PRINTED) {
                    assertThat(shown.get(selector)).as(selector + " on paper").isEqualTo(true);
                }
                for (String selector : LEFT_OUT) {
                    assertThat(shown.get(selector)).as(selector + " on paper").isIn(false, null);
                }
                // The content article has a sources list, so there it must print; test sites may have none.
                if (site.name().equals("content")) {
                    assertThat(shown.get(".sources")).as(".sources on paper").isEqualTo(true);
                } else {
                    assertThat(shown.get(".sources")).as(".sources on paper, where the page has them").isIn(true, null);
                }
                assertThat((String) shown.get("helpline")).startsWith("Need to talk to someone now?").contains("116 123");
                assertThat(shown.get("helplineLinks")).isEqualTo(1L);
            } finally {
                driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
            }
            Chromium.emulate(driver, 1280, 800, false);
            driver.navigate().refresh();
            assertThat(driver.executeScript("return getComputedStyle(document.querySelector('.print-helpline')).display"))
                    .as("the helpline line on screen").isEqualTo("none");
        }));
    }
}
