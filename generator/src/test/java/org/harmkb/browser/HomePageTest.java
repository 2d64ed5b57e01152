package org.harmkb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.harmkb.config.ConfigLoader;
import org.harmkb.config.SiteConfig;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.template.PageModels;
import org.harmkb.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The home page routes a reader by need, on a phone and a laptop, light and dark: tap-to-call numbers in the
 * first screen, a start-here route, the nine patterns of harm as a grid of cards (title and one line each),
 * what you can do, the learning paths and the topics, and no list of every page; at most 3,300 px tall on a
 * 375 px phone. Checked on the real content.
 */
class HomePageTest {

    static final int MAX_PHONE_HEIGHT = 3300;

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

    static TestSites.Site contentSite() {
        Chromium.require();
        Assumptions.assumeTrue(TestSites.get().content.isPresent(), "the repository has no content/ to check");
        return TestSites.get().content.get();
    }

    static SiteConfig config() {
        return ConfigLoader.load(Path.of("site-config.yaml"), new Diagnostics()).orElseThrow();
    }

    @TestFactory
    Stream<DynamicTest> theHomePageRoutesByNeed() {
        TestSites.Site site = contentSite();
        List<DynamicTest> tests = new ArrayList<>();
        for (Screen screen : Screen.ALL) {
            tests.add(DynamicTest.dynamicTest("on " + screen, () -> checkHome(site, screen)));
        }
        return tests.stream();
    }

    private static void checkHome(TestSites.Site site, Screen screen) {
        screen.apply(driver);
        PageLoads.load(driver, site.url("/"));
        if (screen.phone()) {
            long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight;")).longValue();
            System.out.println("MEASURE home height at " + screen + ": " + height + " px");
            assertThat(height).as("home page height at " + screen).isLessThanOrEqualTo(MAX_PHONE_HEIGHT);
        }

        // The help-now strip: in the first screen, one tap-to-call link per support-box number in the config.
        List<String> expected = config().helplines().stream().filter(h -> h.supportBox() && h.phone() != null)
                .map(h -> PageModels.phoneHref(h.phone())).toList();
        Object strip = driver.executeScript("""
                const strip = document.querySelector('main #help-now');
                if (!strip) return null;
                return {bottom: strip.getBoundingClientRect().bottom,
                        tel: [...strip.querySelectorAll('a[href^="tel:"]')].map(a => a.getAttribute('href'))};
                """);
        assertThat(strip).as("help-now strip on the home page").isNotNull();
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> help = (java.util.Map<String, Object>) strip;
        assertThat(((Number) help.get("bottom")).doubleValue()).as("help-now strip ends inside the first screen")
                .isLessThanOrEqualTo(screen.height());
        assertThat(help.get("tel")).as("tap-to-call links in the strip").isEqualTo(expected);

        // The start-here route comes before the sections.
        assertThat(driver.executeScript("""
                const h = [...document.querySelectorAll('main h2')].find(h => h.textContent.trim() === 'Something felt wrong in your therapy?');
                return h ? h.parentElement.querySelectorAll('ul a').length : 0;
                """)).as("links in the start-here route").isEqualTo(4L);

        // The nine patterns: a card each, a title link and one line, none of the two introductions.
        @SuppressWarnings("unchecked")
        List<List<Object>> cards = (List<List<Object>>) driver.executeScript("""
                return [...document.querySelectorAll('main .home-cards > .card')].map(c => [
                  c.querySelector('a.card-link').getAttribute('href'), c.querySelector('a.card-link').textContent.trim(),
                  (c.querySelector('p') || {textContent: ''}).textContent.trim(), Math.round(c.getBoundingClientRect().left)]);
                """);
        assertThat(cards).as("pattern cards").hasSize(9);
        for (List<Object> card : cards) {
            assertThat((String) card.get(0)).startsWith("/understanding-harm/")
                    .doesNotContain("what-is-therapeutic-harm", "how-harm-damages-trust");
            assertThat((String) card.get(1)).isNotBlank();
            assertThat((String) card.get(2)).as("the card's line").isNotBlank();
        }
        long columns = cards.stream().map(card -> card.get(3)).distinct().count();
        assertThat(columns).as("columns of the card grid at " + screen).isEqualTo(screen.phone() ? 1L : 3L);

        // What you can do, the learning paths and the topics.
        assertThat(linksUnderHeading("What you can do")).isNotEmpty().allMatch(href -> href.startsWith("/self-advocacy/"));
        assertThat(linksUnderHeading("Learning paths")).hasSize(2).allMatch(href -> href.startsWith("/paths/"));
        assertThat(linksUnderHeading("Topics")).hasSizeGreaterThan(5).allMatch(href -> href.startsWith("/topics/"));

        // No list of every page (that is the A–Z's job): fewer than half the A–Z's pages, and no glossary entry.
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) driver.executeScript(
                "return [...new Set([...document.querySelectorAll('main a[href^=\"/\"]')].map(a => a.getAttribute('href')))]"
                + ".filter(h => !h.startsWith('/topics/') && !h.startsWith('/paths/'));");
        int everyPage = SectionPagesTest.page(site, "/a-z/").select("main .letter-group .card-link").size();
        assertThat(links.size()).as("pages the home page links to, of " + everyPage).isLessThan(everyPage / 2);
        assertThat(links).noneMatch(href -> href.startsWith("/glossary/") && href.length() > "/glossary/".length());
    }

    @SuppressWarnings("unchecked")
    private static List<String> linksUnderHeading(String heading) {
        return (List<String>) driver.executeScript("""
                const h = [...document.querySelectorAll('main h2')].find(h => h.textContent.trim() === arguments[0]);
                if (!h) return [];
                return [...h.closest('section').querySelectorAll('ul a')].map(a => a.getAttribute('href'));
                """, heading);
    }
}
