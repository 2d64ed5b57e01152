package org.harmkb.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.harmkb.pipeline.BuildOptions;
import org.harmkb.testing.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In a real browser: an open page reloads itself after an edit, keeps its place, and shows build errors. */
class LiveReloadBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    private ServeSession session;
    private ChromeDriver browser;

    @BeforeEach
    void start() throws IOException {
        browser = Chromium.start(Chromium.Options.defaults().window(1024, 700));
        TestSites.write(temp, "site-config.yaml", "title: \"Test\"\ndescription: \"About.\"\nbase_url: \"https://example.org/\"\n");
        TestSites.write(temp, "content/index.md", "---\ntitle: \"Home\"\ndescription: \"Hi.\"\n---\nWelcome.\n");
        TestSites.write(temp, "content/long.md", longPage("Original ending."));
        TestSites.copyTheme(temp.resolve("theme"));
        TestSites.backdate(temp);
        session = ServeSession.start(new ServeSession.Settings(BuildOptions.defaults(temp.resolve("site-config.yaml")),
                "127.0.0.1", 0, true), new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (session != null) {
            session.close();
        }
    }

    @Test
    void anEditedPageReloadsWhereTheReaderWasAndBuildErrorsShowOverIt() throws IOException {
        browser.get(session.siteAddress() + "long/");
        waitUntil(() -> session.liveReloadClients() == 1);
        browser.executeScript("window.scrollTo(0, 1500); window.kbNotReloaded = true;");
        long scrolled = scrollY();
        assertThat(scrolled).isGreaterThan(1000);

        TestSites.write(temp, "content/long.md", longPage("Edited ending."));
        waitUntil(() -> browser.executeScript("return window.kbNotReloaded === undefined") == Boolean.TRUE
                && browser.getPageSource().contains("Edited ending."));
        waitUntil(() -> Math.abs(scrollY() - scrolled) <= 2);

        TestSites.write(temp, "content/long.md", longPage("Broken.").replace("title:", "tittle: \"x\"\ntitle:"));
        WebElement overlay = new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.id("kb-build-errors")));
        assertThat(overlay.getAttribute("role")).isEqualTo("alert");
        assertThat(overlay.getText()).contains("The site could not be rebuilt").contains("unknown key 'tittle'")
                .contains("hint: did you mean 'title'?");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Edited ending.");

        TestSites.write(temp, "content/long.md", longPage("Fixed ending."));
        waitUntil(() -> browser.findElements(By.id("kb-build-errors")).isEmpty()
                && browser.getPageSource().contains("Fixed ending."));

        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(entry -> !entry.getMessage().contains("favicon.ico"))
                .toList();
        assertThat(errors).as("console errors, e.g. Content-Security-Policy violations").isEmpty();
    }

    @Test
    void aPageThatDidNotChangeStaysAsItIs() throws IOException {
        browser.get(session.siteAddress().toString());
        waitUntil(() -> session.liveReloadClients() == 1);
        browser.executeScript("window.kbNotReloaded = true;"
                + "window.addEventListener('kb:rebuilt', (e) => { window.kbRebuilt = e.detail; });");
        TestSites.write(temp, "content/long.md", longPage("Another ending."));
        waitUntil(() -> browser.executeScript("return window.kbRebuilt !== undefined") == Boolean.TRUE);
        assertThat(browser.executeScript("return window.kbRebuilt.reload")).isEqualTo(Boolean.FALSE);
        assertThat(browser.executeScript("return window.kbNotReloaded")).isEqualTo(Boolean.TRUE);
    }

    private long scrollY() {
        return ((Number) browser.executeScript("return Math.round(window.scrollY)")).longValue();
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, WAIT).until(d -> condition.getAsBoolean());
    }

    private static String longPage(String ending) {
        StringBuilder body = new StringBuilder("---\ntitle: \"Long\"\ndescription: \"A long page.\"\n---\n");
        for (int i = 1; i <= 60; i++) {
            body.append("## Part ").append(i).append("\n\nA paragraph of text that takes up some room on the page.\n\n");
        }
        return body.append(ending).append('\n').toString();
    }
}
