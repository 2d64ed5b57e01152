package org.harmkb.browser;

import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Loads a page for a layout measurement and makes sure its screen stylesheet applied: a stylesheet whose
 * request failed (the test server, loaded by parallel builds, now and then drops a reused connection) leaves
 * an unstyled page whose measurements say nothing about the theme. Such a load is repeated, at most twice;
 * a page whose stylesheet never applies fails with the browser's console messages.
 */
final class PageLoads {

    private static final String STYLED = """
            const links = [...document.querySelectorAll('link[rel=stylesheet]:not([media=print])')];
            return links.every(l => l.sheet && l.sheet.cssRules.length > 0);
            """;

    private PageLoads() {
    }

    static void load(ChromeDriver driver, String url) {
        for (int attempt = 1; ; attempt++) {
            driver.get(url);
            if (Boolean.TRUE.equals(driver.executeScript(STYLED))) {
                return;
            }
            List<LogEntry> log = driver.manage().logs().get(LogType.BROWSER).getAll();
            String messages = log.stream().map(LogEntry::getMessage).collect(Collectors.joining("; "));
            System.out.println("RETRY " + url + ": its stylesheet did not apply (" + messages + ")");
            if (attempt == 3) {
                throw new AssertionError("the stylesheet of " + url + " did not apply in 3 loads: " + messages);
            }
        }
    }
}
