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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Reading a page: section headings are text in the body colour, not links, with a "#" link that shows only on
 * hover and is not a tab stop, so a section costs at most one tab stop (its contents-list entry); lists and
 * definition lists keep no browser indent; the A–Z letters are a wrapping row of at most two lines on a
 * phone, with "Back to top" after each letter's pages.
 */
class ReadingTest {

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

    private static TestSites.Site site() {
        Chromium.require();
        TestSites sites = TestSites.get();
        return sites.content.orElse(sites.fixture);
    }

    /** An article with a contents list: the one whose sections are easiest to reach twice. */
    private static String longArticle(TestSites.Site site) {
        return site.pages().stream().filter(p -> PageTypes.of(p, site.dir()).equals("article"))
                .filter(p -> !SectionPagesTest.page(site, p).select("main .toc").isEmpty()).findFirst().orElseThrow();
    }

    @TestFactory
    Stream<DynamicTest> headingsAreTextWithAHoverOnlyAnchor() {
        TestSites.Site site = site();
        String article = longArticle(site);
        return Screen.ALL.stream().map(screen -> DynamicTest.dynamicTest(article + " on " + screen, () -> {
            screen.apply(driver);
            PageLoads.load(driver, site.url(article));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> headings = (List<Map<String, Object>>) driver.executeScript("""
                    const body = getComputedStyle(document.querySelector('.prose p')).color;
                    return [...document.querySelectorAll('.prose h2[id], .prose h3[id]')].map(h => {
                      const s = getComputedStyle(h);
                      const anchor = h.querySelector('a.heading-anchor');
                      const links = [...document.querySelectorAll('a[href="#' + h.id + '"]')];
                      return {id: h.id, colour: s.color === body, underline: s.textDecorationLine,
                        textLinks: [...h.querySelectorAll('a')].filter(a => a.textContent.trim() !== '').length,
                        anchorShown: anchor ? getComputedStyle(anchor).opacity : null,
                        tabStops: links.filter(a => a.tabIndex >= 0 && a.getClientRects().length > 0).length};
                    });
                    """);
            assertThat(headings).as("section headings on " + article).isNotEmpty();
            for (Map<String, Object> heading : headings) {
                assertThat(heading.get("colour")).as("heading " + heading.get("id") + " in the body text colour").isEqualTo(true);
                assertThat(heading.get("underline")).isEqualTo("none");
                assertThat(heading.get("textLinks")).as("links with text inside heading " + heading.get("id")).isEqualTo(0L);
                assertThat(heading.get("anchorShown")).as("# before hover").isEqualTo("0");
                assertThat(((Number) heading.get("tabStops")).intValue()).as("tab stops leading to " + heading.get("id"))
                        .isLessThanOrEqualTo(1);
            }
            WebElement first = driver.findElement(By.cssSelector(".prose h2[id]"));
            new Actions(driver).moveToElement(first).perform();
            assertThat(first.findElement(By.cssSelector(".heading-anchor")).getCssValue("opacity")).as("# on hover").isEqualTo("1");
        }));
    }

    @TestFactory
    Stream<DynamicTest> listsHaveNoBrowserIndent() {
        TestSites.Site site = site();
        String article = longArticle(site);
        return Stream.of(Screen.PHONE, Screen.DESKTOP).map(screen -> DynamicTest.dynamicTest(screen.toString(), () -> {
            screen.apply(driver);
            PageLoads.load(driver, site.url(article));
            assertThat((Number) driver.executeScript("""
                    const ul = document.querySelector('.prose ul');
                    return parseFloat(getComputedStyle(ul).paddingLeft) + parseFloat(getComputedStyle(ul).marginLeft);
                    """)).as("indent of a list").satisfies(n -> assertThat(n.doubleValue()).isLessThanOrEqualTo(24));
            PageLoads.load(driver, site.url("/glossary/"));
            assertThat(driver.executeScript("""
                    const dd = document.querySelector('main dd');
                    return [getComputedStyle(dd).marginLeft, getComputedStyle(dd).paddingLeft,
                            dd.getBoundingClientRect().left === document.querySelector('main dt').getBoundingClientRect().left];
                    """)).as("definition indent").isEqualTo(List.of("0px", "0px", true));
        }));
    }

    @TestFactory
    Stream<DynamicTest> theLettersAreARowWithBackToTopAfterEachLetter() {
        TestSites.Site site = site();
        return Screen.ALL.stream().map(screen -> DynamicTest.dynamicTest(screen.toString(), () -> {
            screen.apply(driver);
            PageLoads.load(driver, site.url("/a-z/"));
            @SuppressWarnings("unchecked")
            Map<String, Object> index = (Map<String, Object>) driver.executeScript("""
                    const letters = [...document.querySelectorAll('.letter-nav a')];
                    const groups = [...document.querySelectorAll('.letter-group')];
                    const top = document.getElementById('letters');
                    return {letters: letters.length,
                      lines: new Set(letters.map(a => Math.round(a.getBoundingClientRect().top))).size,
                      groups: groups.length,
                      backToTop: groups.filter(g => {
                        const last = g.lastElementChild.querySelector('a');
                        return last && last.textContent.startsWith('Back to top') && top && last.getAttribute('href') === '#' + top.id
                          && top.getBoundingClientRect().top < document.querySelector('.letter-group').getBoundingClientRect().top;
                      }).length};
                    """);
            assertThat(((Number) index.get("letters")).intValue()).isGreaterThan(5);
            assertThat(((Number) index.get("lines")).intValue()).as("lines of letters at " + screen).isLessThanOrEqualTo(2);
            assertThat(index.get("backToTop")).as("groups ending with Back to top").isEqualTo(index.get("groups"));
        }));
    }
}
