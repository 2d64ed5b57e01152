package org.harmkb.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.harmkb.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Hostile content in the fixture (a title {@code <img src=x onerror=…>}, raw {@code <script>}, an
 * {@code onerror} attribute and a {@code javascript:} link in markdown) shows as text or is removed, and none
 * of it runs in a real browser.
 */
class HostileContentTest {

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

    @Test
    void hostileTitleAndMarkdownNeverExecute() {
        TestSites.Site site = TestSites.get().fixture;
        driver.get(site.url("/hostile/"));
        driver.findElement(By.linkText("A link that tries to run code")).click();
        driver.executeAsyncScript("requestAnimationFrame(() => setTimeout(arguments[0], 50));");

        assertThat(driver.executeScript("return window.__pwned === undefined;")).isEqualTo(true);
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("<img src=x onerror=window.__pwned=1>");
        assertThat(driver.getTitle()).startsWith("<img src=x onerror=window.__pwned=1>");
        assertThat(driver.findElements(By.cssSelector("[onerror], [onclick], a[href^='javascript']"))).isEmpty();
        // JSON-LD blocks are data the browser never runs (and their text escapes '<'); every script that runs is an asset.
        List<WebElement> scripts = driver.findElements(By.cssSelector("script:not([type='application/ld+json'])"));
        assertThat(scripts).allSatisfy(s -> assertThat(s.getAttribute("src")).startsWith(site.server().origin() + "/assets/"));
    }
}
