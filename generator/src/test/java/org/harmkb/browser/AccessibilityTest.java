package org.harmkb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
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
 * axe-core finds no WCAG 2.2 A/AA or best-practice violation on any page, in the light and dark colour
 * schemes, at 1280 and 320 CSS pixels wide, and no page scrolls sideways at 320 pixels (reflow, WCAG 1.4.10).
 * The fixture's pages are checked in all four combinations; the real content's pages in two (light at 1280,
 * dark at 320), and the first page of each type in all four.
 */
class AccessibilityTest {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

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

    record Setting(int width, boolean dark) {
        @Override
        public String toString() {
            return (dark ? "dark" : "light") + " at " + width + "px";
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPageHasNoViolations() {
        Chromium.require();
        List<DynamicTest> tests = new ArrayList<>();
        for (TestSites.Site site : TestSites.get().all()) {
            Map<String, String> firstOfType = site.onePerType();
            for (String page : site.pages()) {
                boolean full = site.name().equals("fixture") || firstOfType.containsValue(page);
                List<Setting> settings = full
                        ? List.of(new Setting(1280, false), new Setting(320, false), new Setting(1280, true), new Setting(320, true))
                        : List.of(new Setting(1280, false), new Setting(320, true));
                for (Setting setting : settings) {
                    tests.add(DynamicTest.dynamicTest(site.name() + " " + page + " " + setting, () -> check(site, page, setting)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(TestSites.Site site, String page, Setting setting) {
        Chromium.emulate(driver, setting.width(), setting.dark());
        driver.get(site.url(page) + "?" + StaticSiteServer.NO_REFRESH);
        assertThat(driver.executeScript("return [innerWidth, matchMedia('(prefers-color-scheme: dark)').matches];"))
                .as("emulated viewport and colour scheme").isEqualTo(List.of((long) setting.width(), setting.dark()));
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        assertThat(describe(results.getViolations())).as("axe violations on " + page + ", " + setting).isEmpty();
        if (setting.width() == 320) {
            Number overflow = (Number) driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue()).as("horizontal scroll on " + page + " at 320px").isLessThanOrEqualTo(0);
        }
    }

    /** WCAG 1.4.12: with the text-spacing overrides a reader may apply, no text is clipped and nothing scrolls sideways. */
    @TestFactory
    Stream<DynamicTest> textSpacingOverridesNeverClipText() {
        Chromium.require();
        TestSites.Site site = TestSites.get().fixture;
        return site.pages().stream().map(page -> DynamicTest.dynamicTest(page, () -> {
            Chromium.emulate(driver, 320, false);
            Chromium.open(driver, site.url(page) + "?" + StaticSiteServer.NO_REFRESH);
            // The overrides go into the site's own stylesheet (the CSP refuses a new <style>), found by name:
            // by index it could be the print sheet, which never applies on screen.
            Object clipped = driver.executeScript("""
                    const sheet = [...document.styleSheets].find(s => s.href && new URL(s.href).pathname.includes('/assets/style.'));
                    if (!sheet) return ['the site stylesheet did not load'];
                    sheet.insertRule('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }', sheet.cssRules.length);
                    sheet.insertRule('p { margin-bottom: 2em !important; }', sheet.cssRules.length);
                    const out = [];
                    if (getComputedStyle(document.querySelector('main p, main')).letterSpacing === 'normal') out.push('overrides not applied');
                    if (document.documentElement.scrollWidth > document.documentElement.clientWidth) out.push('page scrolls sideways');
                    for (const el of document.body.querySelectorAll('*')) {
                      if (el.closest('.visually-hidden, .skip-link')) continue;
                      const s = getComputedStyle(el);
                      const hides = v => v === 'hidden' || v === 'clip';
                      if ((hides(s.overflowX) && el.scrollWidth > el.clientWidth + 1)
                          || (hides(s.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
                        out.push(el.tagName + '.' + el.className);
                      }
                    }
                    return out;
                    """);
            assertThat(clipped).as("clipped with text spacing on " + page).isEqualTo(List.of());
        }));
    }

    /**
     * The print stylesheet leaves out the safety bar, search, navigation and support box, and keeps the article
     * (PrintTest checks the rest of a printed page).
     */
    @org.junit.jupiter.api.Test
    void printedPagesShowTheArticleWithoutControls() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print", "features", List.of()));
        try {
            driver.get(TestSites.get().fixture.url("/guides/raising-a-concern/"));
            Object shown = driver.executeScript("return ['.safety-bar', '.site-header form', '.site-nav', 'main', '.support']"
                    + ".map(s => getComputedStyle(document.querySelector(s)).display !== 'none');");
            assertThat(shown).isEqualTo(List.of(false, false, false, true, false));
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        }
    }

    /** Guards the check itself: a page without landmarks or a main heading must be reported. */
    @org.junit.jupiter.api.Test
    void axeReportsViolationsOnAPageThatHasThem() {
        Chromium.emulate(driver, 1280, false);
        driver.get(TestSites.get().exitUrl());
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        assertThat(results.getViolations()).extracting(Rule::getId).contains("region", "landmark-one-main");
    }

    private static List<String> describe(List<Rule> violations) {
        List<String> out = new ArrayList<>();
        for (Rule rule : violations) {
            for (CheckedNode node : rule.getNodes()) {
                out.add(rule.getId() + " (" + rule.getImpact() + "): " + node.getTarget() + " — " + node.getFailureSummary());
            }
        }
        return out;
    }
}
