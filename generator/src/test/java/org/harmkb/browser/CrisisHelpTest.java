package org.harmkb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.harmkb.config.Helpline;
import org.harmkb.config.SiteConfig;
import org.harmkb.template.PageModels;
import org.harmkb.testing.Chromium;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Crisis help is one tap away: every page starts with a "Get help now" link to the support page; on that
 * page the first tap-to-call number is inside the first screen of a 375 by 812 phone with nothing (content
 * note, contents list) above it; and every phone number the theme renders is a {@code tel:} link.
 */
class CrisisHelpTest {

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
    Stream<DynamicTest> everyPageStartsWithGetHelpNow() {
        Chromium.require();
        List<DynamicTest> tests = new ArrayList<>();
        for (TestSites.Site site : TestSites.get().all()) {
            for (String page : site.onePerType().values()) {
                for (Screen screen : List.of(Screen.PHONE, Screen.DESKTOP_DARK)) {
                    tests.add(DynamicTest.dynamicTest(site.name() + " " + page + " on " + screen, () -> {
                        screen.apply(driver);
                        PageLoads.load(driver, site.url(page) + "?" + StaticSiteServer.NO_REFRESH);
                        @SuppressWarnings("unchecked")
                        Map<String, Object> link = (Map<String, Object>) driver.executeScript("""
                                const a = document.getElementById('get-help-now');
                                const r = a.getBoundingClientRect();
                                return {text: a.textContent.trim(), href: a.getAttribute('href'), top: r.top, bottom: r.bottom,
                                        visible: getComputedStyle(a).visibility === 'visible' && r.width > 0};
                                """);
                        assertThat(link.get("text")).isEqualTo("Get help now");
                        assertThat(link.get("visible")).isEqualTo(true);
                        assertThat(((Number) link.get("bottom")).doubleValue()).as("bottom of Get help now").isLessThanOrEqualTo(60);
                        String expected = site.name().equals("content") ? "/getting-support-now/" : "#support";
                        assertThat(link.get("href")).isEqualTo(expected);
                    }));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> theSupportPageShowsATapToCallNumberInTheFirstPhoneScreen() {
        TestSites.Site site = HomePageTest.contentSite();
        return Screen.ALL.stream().map(screen -> DynamicTest.dynamicTest("on " + screen, () -> {
            screen.apply(driver);
            PageLoads.load(driver, site.url("/getting-support-now/"));
            @SuppressWarnings("unchecked")
            Map<String, Object> first = (Map<String, Object>) driver.executeScript("""
                    const tel = document.querySelector('main a[href^="tel:"]');
                    const h1 = document.querySelector('main h1');
                    const before = [...document.querySelectorAll('main .content-note, main .toc, main nav')]
                      .filter(e => e.compareDocumentPosition(tel) & Node.DOCUMENT_POSITION_FOLLOWING).map(e => e.className);
                    return {bottom: tel.getBoundingClientRect().bottom, href: tel.getAttribute('href'), before: before,
                            afterHeading: !!(h1.compareDocumentPosition(tel) & Node.DOCUMENT_POSITION_FOLLOWING)};
                    """);
            System.out.println("MEASURE first tel: link on the support page at " + screen + ": bottom " + first.get("bottom") + " px");
            assertThat(((Number) first.get("bottom")).doubleValue()).as("bottom of the first tel: link").isLessThanOrEqualTo(812);
            assertThat(first.get("before")).as("content note or contents list above the first number").isEqualTo(List.of());
            assertThat(first.get("afterHeading")).isEqualTo(true);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyPhoneNumberTheThemeRendersIsATelLink() {
        List<DynamicTest> tests = new ArrayList<>();
        for (TestSites.Site site : TestSites.get().all()) {
            SiteConfig config = site.name().equals("content") ? HomePageTest.config() : null;
            for (String page : site.pages()) {
                tests.add(DynamicTest.dynamicTest(site.name() + " " + page, () -> {
                    Document doc = SectionPagesTest.page(site, page);
                    List<String> phones = config != null ? config.helplines().stream().map(Helpline::phone)
                            .filter(java.util.Objects::nonNull).toList() : List.of("116 123");
                    // The theme's own text: everything but the article's words and the titles of its sources (a
                    // source is cited by its own title, such as "Call NHS 111 if ..."), which content authors write.
                    doc.select(".prose, .sources, script, title, meta").remove();
                    List<String> loose = new ArrayList<>();
                    for (Element element : doc.body().getAllElements()) {
                        for (TextNode text : element.textNodes()) {
                            for (String phone : phones) {
                                boolean inTelLink = element.closest("a[href^=tel:]") != null;
                                if (Pattern.compile("(?<![0-9 ])" + Pattern.quote(phone) + "(?![0-9])").matcher(text.text()).find()) {
                                    if (!inTelLink) {
                                        loose.add(phone + " in <" + element.tagName() + " class=" + element.className() + ">");
                                    } else {
                                        assertThat(element.closest("a").attr("href")).isEqualTo(PageModels.phoneHref(phone));
                                    }
                                }
                            }
                        }
                    }
                    assertThat(loose).as("phone numbers outside tel: links on " + page).isEmpty();
                    assertThat(doc.select("a[href^=tel:]")).as("tel: links on " + page).isNotEmpty();
                }));
            }
        }
        return tests.stream();
    }
}
