package org.harmkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The /search/ page in headless Chromium, over the article corpus with a hostile and a sensitive page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageBrowserTest {

    @TempDir
    static Path temp;

    SearchSite site;
    SearchBrowser browser;

    @BeforeAll
    void buildAndStart() throws IOException {
        site = SearchSite.build(SearchSite.CORPUS, temp.resolve("site"));
        browser = new SearchBrowser(site.output(), 1280, 900);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void wideWindow() {
        browser.driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private void search(String query) {
        browser.open("/search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        awaitStatusFor(query);
    }

    private void awaitStatusFor(String query) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("search-status")).getText().contains("“" + query.trim() + "”"));
    }

    private List<WebElement> results() {
        return browser.driver.findElements(By.cssSelector("#search-results > li"));
    }

    private String status() {
        return browser.driver.findElement(By.id("search-status")).getText();
    }

    @Test
    void queryInTheAddressShowsAnOrderedListAndAnnouncesTheCount() {
        search("therapist");
        assertThat(results()).hasSize(10);
        WebElement live = browser.driver.findElement(By.id("search-status"));
        assertThat(live.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(live.getText()).matches("\\d+ pages found for “therapist”, showing the best 10\\.");
        assertThat(browser.driver.findElement(By.id("search-results")).getTagName()).isEqualTo("ol");
        WebElement input = browser.driver.findElement(By.id("search-input"));
        assertThat(input.getAttribute("value")).isEqualTo("therapist");
        assertThat(browser.driver.findElement(By.cssSelector("label[for=search-input]")).isDisplayed()).isTrue();
        WebElement first = results().get(0).findElement(By.cssSelector(".search-result-title a"));
        assertThat(first.getAttribute("href")).startsWith(browser.server.url());
        assertThat(results().get(0).findElements(By.tagName("mark"))).isNotEmpty();
    }

    @Test
    void layPhraseFindsTheClinicalArticleFirst() {
        search("reliving trauma");
        assertThat(results().get(0).findElement(By.tagName("h2")).getText()).isEqualTo("Retraumatisation");
        // A page with the reader's own words ranks above one reached only through the synonym group, which
        // still follows, and the group's other phrases are not highlighted as if typed.
        search("treated as a disorder");
        List<String> titles = results().stream().map(li -> li.findElement(By.tagName("h2")).getText()).toList();
        assertThat(titles.get(0)).isEqualTo("When natural ways of being are treated as disorders");
        assertThat(titles).contains("Pathologising");
        assertThat(browser.driver.findElements(By.cssSelector("#search-results mark"))).extracting(WebElement::getText)
                .map(String::toLowerCase).noneMatch(m -> m.startsWith("patholog"));
    }

    @Test
    void hostileTitleIsShownAsTextAndNeverRuns() {
        search("onerror");
        assertThat(results()).isNotEmpty();
        List<String> titles = results().stream().map(li -> li.findElement(By.tagName("h2")).getText()).toList();
        assertThat(titles).contains("<img src=x onerror=alert(1)>");
        assertThat(browser.driver.findElements(By.cssSelector("#search-results img, #search-results script"))).isEmpty();
        search("script alert");
        assertThat(browser.driver.findElement(By.id("search-results")).getText()).contains("<script>alert(2)</script>");
        assertThat(browser.driver.findElements(By.cssSelector("#search-results img, #search-results script"))).isEmpty();
        try {
            browser.driver.switchTo().alert();
            throw new AssertionError("an alert opened: index data ran as code");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    @Test
    void pageWithAContentNoteShowsTheNoteInsteadOfItsText() {
        search("frightening session");
        WebElement result = results().stream()
                .filter(li -> li.findElement(By.tagName("h2")).getText().equals("Remembering a frightening session"))
                .findFirst().orElseThrow();
        assertThat(result.findElement(By.className("search-result-note")).getText())
                .isEqualTo("Content note: This page describes a panic attack in detail.");
        String everything = browser.driver.findElement(By.id("search-results")).getText();
        assertThat(everything).doesNotContain("Shaking hands").doesNotContain("Details of a session");
    }

    @Test
    void typingSearchesAsYouTypeWithTheLastWordAsAPrefix() {
        browser.open("/search/");
        WebElement input = browser.driver.findElement(By.id("search-input"));
        input.sendKeys("retrau");
        awaitStatusFor("retrau");
        assertThat(results()).isNotEmpty();
        assertThat(results().get(0).findElement(By.tagName("h2")).getText()).isEqualTo("Retraumatisation");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/search/?q=retrau");
    }

    @Test
    void movingIntoTheBoxLoadsTheIndexBeforeAnythingIsTyped() {
        int before = browser.server.requests().size();
        browser.open("/search/");
        // The page script has run (it hid the no-JavaScript guidance), and it asked for no index yet.
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> !d.findElement(By.id("search-no-js")).isDisplayed());
        assertThat(browser.server.requests().subList(before, browser.server.requests().size()))
                .noneMatch(r -> r.startsWith("/search/index.json") || r.startsWith("/search/ranges.txt"));
        browser.driver.findElement(By.id("search-input")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> {
            List<String> requests = browser.server.requests();
            List<String> since = requests.subList(before, requests.size());
            return since.contains("/search/index.json") && since.contains("/search/ranges.txt bytes=0-1,4-5");
        });
        assertThat(browser.driver.findElement(By.id("search-input")).getAttribute("value")).isEmpty();
    }

    @Test
    void typosOfLongerWordsStillMatch() {
        search("neurodivergant");
        assertThat(results()).isNotEmpty();
        assertThat(results().get(0).findElement(By.tagName("h2")).getText()).containsIgnoringCase("neurodiver");
    }

    @Test
    void quotedPhraseMatchesAcrossCommonWordsAndOnlyInItsOrder() {
        search("\"window of tolerance\"");
        List<String> titles = results().stream().map(li -> li.findElement(By.tagName("h2")).getText()).toList();
        assertThat(titles).contains("Pacing and readiness", "Being rushed into painful memories");
        search("\"tolerance of window\"");
        assertThat(results()).isEmpty();
    }

    @Test
    void nonsenseFindsNothing() {
        search("sdafadsf");
        assertThat(results()).isEmpty();
        assertThat(status()).startsWith("No pages found for “sdafadsf”");
        search("qq");
        assertThat(results()).isEmpty();
    }

    @Test
    void whenNoPageHasEveryWordPagesWithSomeAreListedUnderTheirOwnHeading() {
        search("trauma xylophone");
        assertThat(results()).isEmpty();
        WebElement heading = browser.driver.findElement(By.id("search-some-heading"));
        assertThat(heading.isDisplayed()).isTrue();
        assertThat(heading.getText()).isEqualTo("Pages that match some of your words");
        assertThat(browser.driver.findElements(By.cssSelector("#search-some > li"))).isNotEmpty();
        assertThat(status()).startsWith("No page has all the words of “trauma xylophone”.");
        search("trauma");
        assertThat(browser.driver.findElement(By.id("search-some-heading")).isDisplayed()).isFalse();
    }

    @Test
    void questionAndFillerWordsNeverBlockAMatch() {
        search("what can i do if my therapist blamed me");
        assertThat(results()).isNotEmpty();
        assertThat(results().get(0).findElement(By.tagName("mark")).getText()).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#search-results mark")))
                .extracting(WebElement::getText).map(String::toLowerCase).doesNotContain("my", "can", "what", "me");
    }

    @Test
    void correctedWordIsNamedAndTheWordAsTypedIsOneLinkAway() {
        search("consnet");
        assertThat(status()).startsWith("Showing results for consent. ");
        assertThat(results()).isNotEmpty();
        WebElement exact = browser.driver.findElement(By.cssSelector("#search-more a"));
        assertThat(browser.driver.findElement(By.id("search-more")).getText())
                .isEqualTo("Search instead for exactly “consnet”");
        exact.click();
        awaitStatusFor("\"consnet\"");
        assertThat(results()).isEmpty();
        assertThat(status()).startsWith("No pages found for “\"consnet\"”");
        assertThat(browser.driver.findElement(By.id("search-input")).getAttribute("value")).isEqualTo("\"consnet\"");
    }

    @Test
    void nothingFoundLinksTheIndexesAndUpToThreeNearWords() {
        search("\"consnet\"");
        List<WebElement> links = browser.driver.findElements(By.cssSelector("#search-more a"));
        assertThat(links).extracting(WebElement::getText).startsWith("A–Z index", "Topics").contains("consent");
        assertThat(links).hasSizeBetween(3, 5);
        assertThat(links.get(0).getAttribute("href")).endsWith("/a-z/");
        assertThat(links.get(1).getAttribute("href")).endsWith("/topics/");
        links.stream().filter(a -> a.getText().equals("consent")).findFirst().orElseThrow().click();
        awaitStatusFor("consent");
        assertThat(results()).isNotEmpty();
        search("sdafadsf");
        assertThat(browser.driver.findElements(By.cssSelector("#search-more a"))).extracting(WebElement::getText)
                .startsWith("A–Z index", "Topics");
    }

    @Test
    void longPagesLinkStraightToTheBestMatchingSection() {
        search("complaint");
        List<WebElement> sections = browser.driver.findElements(By.cssSelector(".search-result-section a"));
        assertThat(sections).isNotEmpty();
        String href = sections.get(0).getAttribute("href");
        assertThat(href).contains("#");
        // The section's own text (its heading to the next h2 or h3) holds the word, whether or not its heading does.
        browser.driver.get(href);
        String text = (String) browser.driver.executeScript("const h = document.getElementById(decodeURIComponent("
                + "location.hash.slice(1))); let text = h.textContent;"
                + "for (let e = h.nextElementSibling; e && !/^H[23]$/.test(e.tagName); e = e.nextElementSibling) text += ' ' + e.textContent;"
                + "return text;");
        assertThat(text.toLowerCase(java.util.Locale.ROOT)).contains("complaint");
    }

    @Test
    void backAndForwardStepThroughSubmittedSearches() {
        search("consent");
        WebElement input = browser.driver.findElement(By.id("search-input"));
        input.clear();
        input.sendKeys("pacing", Keys.ENTER);
        awaitStatusFor("pacing");
        assertThat(browser.driver.getCurrentUrl()).endsWith("?q=pacing");
        browser.driver.navigate().back();
        awaitStatusFor("consent");
        assertThat(browser.driver.findElement(By.id("search-input")).getAttribute("value")).isEqualTo("consent");
        browser.driver.navigate().forward();
        awaitStatusFor("pacing");
        assertThat(browser.driver.findElement(By.id("search-input")).getAttribute("value")).isEqualTo("pacing");
    }

    @Test
    void keyboardReachesTheResultsFromTheSearchBox() {
        search("consent");
        WebElement input = browser.driver.findElement(By.id("search-input"));
        input.click();
        input.sendKeys(Keys.TAB);
        assertThat(browser.driver.switchTo().activeElement().getTagName()).isEqualTo("button");
        browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement focused = browser.driver.switchTo().activeElement();
        assertThat(focused.getAttribute("href")).isEqualTo(
                results().get(0).findElement(By.cssSelector(".search-result-title a")).getAttribute("href"));
    }

    @Test
    void resultsFitA320PixelScreenWithoutSideways() {
        browser.driver.manage().window().setSize(new Dimension(320, 800));
        search("power in the therapy relationship");
        Object overflow = browser.driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    }

    @Test
    void withoutJavaScriptThePageExplainsAndLinksToTheIndexes() throws IOException {
        String html = Files.readString(site.output().resolve("search/index.html"));
        assertThat(html).contains("<form class=\"search-form\" role=\"search\" aria-label=\"Search the articles\" action=\"/search/\" method=\"get\">")
                .contains("Search needs JavaScript").contains("href=\"/a-z/\"").contains("href=\"/topics/\"");
        // No inline script that runs; a JSON-LD block (the breadcrumb trail) is data, not code.
        assertThat(html).doesNotContainPattern("<script(?![^>]*(src=|type=\"application/ld\\+json\"))");
        browser.open("/search/");
        assertThat(browser.driver.findElement(By.id("search-no-js")).isDisplayed()).isFalse();
    }
}
