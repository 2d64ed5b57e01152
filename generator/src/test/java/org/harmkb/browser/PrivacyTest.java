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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Reading the site leaves no trace the site could cause and tells no one else: every request the browser
 * makes (seen in Chrome's network log) goes to the site's own origin, no cookie is set, web storage is never
 * touched, and the Content-Security-Policy reports no violation. The page's scripts are exercised first
 * (a Shift press, typing in the search box).
 */
class PrivacyTest {

    /** Installed before any page script runs: records storage and cookie use and CSP violations. */
    static final String INSTRUMENT = """
            window.__kbPrivacy = {storage: [], cookies: [], csp: []};
            const record = (kind, what) => window.__kbPrivacy[kind].push(what);
            for (const name of ['getItem', 'setItem', 'removeItem', 'clear', 'key']) {
              const original = Storage.prototype[name];
              Storage.prototype[name] = function (...args) { record('storage', name); return original.apply(this, args); };
            }
            for (const name of ['localStorage', 'sessionStorage', 'indexedDB', 'caches']) {
              const d = Object.getOwnPropertyDescriptor(Window.prototype, name) || Object.getOwnPropertyDescriptor(window, name);
              if (d && d.get) {
                Object.defineProperty(window, name, {configurable: true, get() { record('storage', name); return d.get.call(window); }});
              }
            }
            const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
            Object.defineProperty(document, 'cookie', {configurable: true,
              get() { record('cookies', 'read'); return cookie.get.call(document); },
              set(v) { record('cookies', 'write'); cookie.set.call(document, v); }});
            document.addEventListener('securitypolicyviolation',
              e => record('csp', e.violatedDirective + ' ' + e.blockedURI));
            """;

    private static ChromeDriver driver;

    @BeforeAll
    static void start() {
        driver = Chromium.start(Chromium.Options.defaults().withNetworkLog());
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", INSTRUMENT));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @TestFactory
    Stream<DynamicTest> noPageContactsAnotherSiteOrStoresAnything() {
        Chromium.require();
        List<DynamicTest> tests = new ArrayList<>();
        for (TestSites.Site site : TestSites.get().all()) {
            List<String> pages = site.name().equals("fixture") ? site.pages() : List.copyOf(site.onePerType().values());
            for (String page : pages) {
                tests.add(DynamicTest.dynamicTest(site.name() + " " + page, () -> check(site, page)));
            }
        }
        return tests.stream();
    }

    private static void check(TestSites.Site site, String page) {
        driver.manage().logs().get(LogType.PERFORMANCE);
        Chromium.open(driver, site.url(page) + "?" + StaticSiteServer.NO_REFRESH);
        new Actions(driver).keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).perform();
        driver.findElement(By.id("site-search")).sendKeys("therapy");
        // A round trip through the page's event loop, so pending requests have been issued.
        driver.executeAsyncScript("requestAnimationFrame(() => setTimeout(arguments[0], 0));");

        List<String> requests = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            String message = entry.getMessage();
            if (message.contains("\"Network.requestWillBeSent\"")) {
                String url = message.replaceAll("(?s).*\"request\":\\{.*?\"url\":\"([^\"]*)\".*", "$1");
                requests.add(url);
            }
        }
        assertThat(requests).as("requests from " + page).isNotEmpty()
                .allSatisfy(url -> assertThat(url).startsWith(site.server().origin()));
        @SuppressWarnings("unchecked")
        Map<String, List<String>> seen = (Map<String, List<String>>) driver.executeScript("return window.__kbPrivacy;");
        assertThat(seen.get("storage")).as("storage use on " + page).isEmpty();
        assertThat(seen.get("cookies")).as("cookie use on " + page).isEmpty();
        assertThat(seen.get("csp")).as("CSP violations on " + page).isEmpty();
        assertThat((String) driver.executeScript("return Object.getOwnPropertyDescriptor(Document.prototype, 'cookie').get.call(document);"))
                .as("cookies on " + page).isEmpty();
    }

    /** Guards the checks themselves: an inline style, a storage write and a request elsewhere are all seen. */
    @Test
    void theInstrumentationSeesViolations() {
        TestSites sites = TestSites.get();
        driver.get(sites.fixture.url("/"));
        driver.executeScript("""
                const s = document.createElement('style'); s.textContent = 'body{}'; document.head.appendChild(s);
                localStorage.setItem('x', '1'); localStorage.removeItem('x');
                const img = document.createElement('img'); img.src = arguments[0]; document.body.appendChild(img);
                """, sites.exitUrl());
        driver.executeAsyncScript("requestAnimationFrame(() => setTimeout(arguments[0], 50));");
        @SuppressWarnings("unchecked")
        Map<String, List<String>> seen = (Map<String, List<String>>) driver.executeScript("return window.__kbPrivacy;");
        assertThat(seen.get("storage")).contains("localStorage", "setItem");
        assertThat(seen.get("csp")).anySatisfy(v -> assertThat(v).startsWith("style-src"))
                .anySatisfy(v -> assertThat(v).startsWith("img-src"));
    }
}
