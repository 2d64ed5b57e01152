package org.harmkb.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.harmkb.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Keyboard use, with real key presses: the first Tab reaches the skip link, and tabbing through the whole
 * page never lands on an element that is hidden, off-screen or covered by another (such as the sticky
 * emergency-exit bar; WCAG 2.4.7 and 2.4.11). One page of each type, at 1280 and 320 pixels.
 */
class KeyboardTest {

    /** Why the focused element cannot be seen, or null when it can. */
    static final String FOCUS_PROBLEM = """
            const el = document.activeElement;
            if (!el || el === document.body) return null;
            const style = getComputedStyle(el);
            if (style.visibility === 'hidden' || style.display === 'none') return 'not displayed';
            const rects = el.getClientRects();
            if (rects.length === 0) return 'has no box';
            const r = rects[0];
            if (r.width < 2 || r.height < 2) return 'is ' + r.width + 'x' + r.height + ' px';
            if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) return 'is off-screen';
            const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
            const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
            const hit = document.elementFromPoint(x, y);
            if (hit !== el && !el.contains(hit)) {
              return 'is covered by <' + (hit ? hit.tagName.toLowerCase() + ' class="' + hit.className + '"' : 'nothing') + '>';
            }
            return null;
            """;

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
    Stream<DynamicTest> tabbingNeverLandsOnHiddenOrCoveredElements() {
        Chromium.require();
        List<DynamicTest> tests = new ArrayList<>();
        for (TestSites.Site site : TestSites.get().all()) {
            for (Map.Entry<String, String> type : site.onePerType().entrySet()) {
                for (int width : List.of(1280, 320)) {
                    tests.add(DynamicTest.dynamicTest(site.name() + " " + type.getKey() + " " + type.getValue() + " at " + width,
                            () -> tabThrough(site, type.getValue(), width)));
                }
            }
        }
        return tests.stream();
    }

    /** Guards the check itself: a link under an opaque layer must be reported as covered. */
    @Test
    void aCoveredFocusedLinkIsReported() {
        Chromium.emulate(driver, 1280, false);
        Chromium.open(driver, TestSites.get().fixture.url("/guides/raising-a-concern/"));
        String problem = (String) driver.executeScript("""
                const cover = document.createElement('div');
                cover.className = 'test-cover';
                Object.assign(cover.style, {position: 'fixed', inset: '0', background: '#fff', zIndex: '1000'});
                document.body.appendChild(cover);
                document.querySelector('.wordmark').focus();
                """ + FOCUS_PROBLEM);
        assertThat(problem).contains("covered by <div class=\"test-cover\"");
    }

    /**
     * Guards the first-Tab check: on a page where a link comes before the skip link, the first Tab lands on
     * that link and the check fails, so waiting for focus cannot make a wrong page pass.
     */
    @Test
    void aLinkBeforeTheSkipLinkFailsTheFirstTabCheck() {
        Chromium.emulate(driver, 1280, false);
        driver.get(TestSites.get().fixture.url("/guides/raising-a-concern/") + "?" + StaticSiteServer.NO_REFRESH);
        driver.executeScript("""
                const early = document.createElement('a');
                early.href = '#elsewhere';
                early.className = 'test-first-link';
                early.textContent = 'A link before the skip link';
                document.body.prepend(early);
                """);
        Chromium.focusPageStart(driver);
        assertThatThrownBy(KeyboardTest::firstTabReachesTheSkipLink).isInstanceOf(AssertionError.class)
                .hasMessageContaining("test-first-link");
    }

    private static void tabThrough(TestSites.Site site, String page, int width) {
        Chromium.emulate(driver, width, false);
        Chromium.open(driver, site.url(page) + "?" + StaticSiteServer.NO_REFRESH);
        WebElement first = firstTabReachesTheSkipLink();

        List<String> problems = new ArrayList<>();
        int stops = 1;
        for (; stops < 400; stops++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            if (focused.equals(first) || focused.getTagName().equals("body")) {
                break;
            }
            String problem = (String) driver.executeScript(FOCUS_PROBLEM);
            if (problem != null) {
                problems.add("<" + focused.getTagName() + "> '" + focused.getText() + "' " + problem);
            }
        }
        assertThat(stops).as("tab stops on " + page).isGreaterThan(5).isLessThan(400);
        assertThat(problems).as("focused elements that cannot be seen on " + page + " at " + width + "px").isEmpty();
    }

    /** Presses Tab once on a page whose start has focus and checks that the visible skip link is focused. */
    private static WebElement firstTabReachesTheSkipLink() {
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement first = driver.switchTo().activeElement();
        String page = driver.getCurrentUrl();
        assertThat(first.getAttribute("class")).as("class of the first Tab's element on " + page + " (" + first.getTagName() + ")")
                .contains("skip-link");
        assertThat(first.getAttribute("href")).endsWith("#main");
        assertThat((String) driver.executeScript(FOCUS_PROBLEM)).as("skip link visibility").isNull();
        return first;
    }
}
