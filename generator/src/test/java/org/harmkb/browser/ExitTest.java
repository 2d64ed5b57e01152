package org.harmkb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.harmkb.config.SafetySettings;
import org.harmkb.testing.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The exit control, named by the config's {@code safety.exit_label} ("Exit this page" unless set): Shift three times leaves at once, hiding the page first, and Back does not return to
 * it; Shift used with another key does not count; the count is announced and expires after 5 seconds; the
 * control works as a plain link without JavaScript.
 */
class ExitTest {

    private static final String ARTICLE = "/guides/raising-a-concern/";

    private ChromeDriver driver;

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private TestSites.Site open(boolean javascript) {
        driver = Chromium.start(javascript ? Chromium.Options.defaults() : Chromium.Options.defaults().withoutJavaScript());
        TestSites.Site site = TestSites.get().fixture;
        Chromium.open(driver, site.url(ARTICLE));
        return site;
    }

    private void pressShift(int times) {
        Actions actions = new Actions(driver);
        for (int i = 0; i < times; i++) {
            actions.keyDown(Keys.SHIFT).keyUp(Keys.SHIFT);
        }
        actions.perform();
    }

    private String status() {
        return driver.findElement(By.id("exit-status")).getAttribute("textContent");
    }

    /** Waits for the live region to say {@code text}: the key handlers set it as the keys arrive. */
    private void awaitStatus(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> status().equals(text));
    }

    @Test
    void shiftThreeTimesLeavesHidingThePageFirstAndBackDoesNotReturn() {
        TestSites.Site site = open(true);
        driver.executeScript("window.addEventListener('pagehide', () => navigator.sendBeacon(arguments[0],"
                + " JSON.stringify({hidden: document.body.hidden, title: document.title})));", StaticSiteServer.BEACON);
        int beaconsBefore = site.server().beacons().size();
        pressShift(3);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(TestSites.get().exitUrl()));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> site.server().beacons().size() > beaconsBefore);
        assertThat(site.server().beacons().get(beaconsBefore)).isEqualTo("{\"hidden\":true,\"title\":\"\"}");

        driver.navigate().back();
        assertThat(driver.getCurrentUrl()).as("Back after the exit").doesNotStartWith(site.server().origin());
    }

    @Test
    void shiftWithAnotherKeyDoesNotCountAndResetsTheCount() {
        TestSites.Site site = open(true);
        pressShift(2);
        awaitStatus("Shift pressed twice. Press it once more to leave this site.");
        WebElement search = driver.findElement(By.id("site-search"));
        search.click();
        for (int i = 0; i < 3; i++) {
            new Actions(driver).keyDown(Keys.SHIFT).sendKeys("a").keyUp(Keys.SHIFT).perform();
        }
        assertThat(search.getAttribute("value")).isEqualTo("AAA");
        pressShift(2);
        // Had the Shift+A presses counted, these two would have been the third and fourth, and left the site.
        awaitStatus("Shift pressed twice. Press it once more to leave this site.");
        assertThat(driver.getCurrentUrl()).isEqualTo(site.url(ARTICLE));
        assertThat((Boolean) driver.executeScript("return document.body.hidden;")).isFalse();
    }

    @Test
    void theCountIsAnnouncedAndExpiresAfterFiveSeconds() {
        TestSites.Site site = open(true);
        pressShift(1);
        awaitStatus("Shift pressed once. Press it 2 more times to leave this site.");
        long start = System.nanoTime();
        awaitStatus(SafetySettings.DEFAULT_EXIT_LABEL + " shortcut cancelled.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(4000));
        pressShift(2);
        awaitStatus("Shift pressed twice. Press it once more to leave this site.");
        assertThat(driver.getCurrentUrl()).isEqualTo(site.url(ARTICLE));
    }

    @Test
    void theButtonLeavesAndIsNamedByTheConfigLabelFirst() {
        TestSites.Site site = open(true);
        WebElement button = driver.findElement(By.id("exit-this-page"));
        assertThat(button.getAccessibleName()).startsWith(SafetySettings.DEFAULT_EXIT_LABEL);
        assertThat(driver.executeScript("return arguments[0].firstChild.textContent;", button)).as("visible label")
                .isEqualTo(SafetySettings.DEFAULT_EXIT_LABEL);
        assertThat(driver.findElement(By.id("exit-tip")).isDisplayed()).isTrue();
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(TestSites.get().exitUrl()));
        driver.navigate().back();
        assertThat(driver.getCurrentUrl()).doesNotStartWith(site.server().origin());
    }

    @Test
    void secondTabStopIsTheExitSkipLink() {
        open(true);
        new Actions(driver).sendKeys(Keys.TAB).sendKeys(Keys.TAB).perform();
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getAccessibleName()).startsWith(SafetySettings.DEFAULT_EXIT_LABEL + ": leave this site now");
        assertThat(focused.getAttribute("href")).isEqualTo(TestSites.get().exitUrl());
        focused.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(TestSites.get().exitUrl()));
    }

    @Test
    void withoutJavaScriptTheControlIsAPlainLink() {
        open(false);
        assertThat(driver.findElement(By.id("exit-tip")).isDisplayed()).as("the Shift tip needs JavaScript").isFalse();
        driver.findElement(By.id("exit-this-page")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(TestSites.get().exitUrl()));
    }
}
