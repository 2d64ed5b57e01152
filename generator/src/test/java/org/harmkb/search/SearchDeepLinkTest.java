package org.harmkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * On the site built from {@code content/}, the search page's first result links straight to the section
 * whose own text matches the query best, not to one whose heading merely shares a word with it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchDeepLinkTest {

    @TempDir
    static Path temp;

    SearchBrowser browser;

    @BeforeAll
    void buildAndStart() throws IOException {
        Assumptions.assumeTrue(SearchSite.liveContentPresent(), "the repository has no content/ to search");
        SearchSite site = SearchSite.build(SearchSite.LIVE_CONTENT, temp.resolve("live"));
        browser = new SearchBrowser(site.output(), 1280, 900);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '>', value = {
        // Issue 19: "complain" went to "Who oversees therapists"; no heading holds the word itself.
        "complain > /self-advocacy/making-a-complaint-step-by-step/#step-2-work-out-where-the-complaint-goes",
        "time limit > /self-advocacy/making-a-complaint-step-by-step/#step-3-check-the-time-limit",
        "sample letter > /self-advocacy/getting-your-therapy-records/#a-sample-request",
        "NHS talking therapies > /self-advocacy/harm-in-nhs-talking-therapies/#what-nhs-talking-therapies-are",
        "i need help right now > /getting-support-now/#if-you-are-in-danger-now",
    })
    void firstResultLinksToTheSectionWhoseTextMatchesBest(String query, String expected) {
        browser.open("/search/?q=" + URLEncoder.encode(query.strip(), StandardCharsets.UTF_8));
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("search-status"))
                .getText().contains("“" + query.strip() + "”"));
        List<WebElement> results = browser.driver.findElements(By.cssSelector("#search-results > li"));
        assertThat(results).as("results for " + query).isNotEmpty();
        List<WebElement> section = results.get(0).findElements(By.cssSelector(".search-result-section a"));
        assertThat(section).as("a section link in the first result for " + query).hasSize(1);
        assertThat(section.get(0).getAttribute("href")).isEqualTo(browser.server.url() + expected.strip().substring(1));
    }

    @org.junit.jupiter.api.Test
    void fillerWordsOfASynonymPhraseAreNeverHighlighted() {
        // "report my therapist" is a synonym phrase: its "my" was highlighted, and voted for sections, as if typed.
        String query = "how do i report my therapist";
        browser.open("/search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("search-status"))
                .getText().contains("“" + query + "”"));
        List<String> marked = browser.driver.findElements(By.cssSelector("#search-results mark, #search-some mark"))
                .stream().map(WebElement::getText).map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList();
        assertThat(marked).contains("therapist").doesNotContain("my", "how", "do", "i");
        // No page here shows the word "my", so ask the page's own engine which terms it highlights and lets vote.
        Object terms = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const engine = performance.getEntriesByType('resource').map(e => e.name)"
                + "  .find(n => /\\/assets\\/search-engine\\.[0-9a-f]{8}\\.js$/.test(n));"
                + "import(engine).then(async (e) => { const index = new e.SearchIndex('/search/');"
                + "  return (await index.search(arguments[0], 10)).terms; }).then(done, (x) => done('ERROR ' + x));", query);
        assertThat(terms).asList().containsExactlyInAnyOrder("report", "therapist");
    }
}
