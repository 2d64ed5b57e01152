package org.harmkb.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The one way browser tests start and drive Debian's headless Chromium ({@code /usr/bin/chromium} through
 * {@code /usr/bin/chromedriver}, never a downloaded browser). Where they are missing, a test is skipped with a
 * printed reason, except in CI ({@code CI=true}), where a missing browser fails the build: the accessibility
 * and safety guarantees must be proved there.
 *
 * <p>Tests that act on a page (keys, clicks, reading state a script sets) first {@link #open} it, which
 * returns only when the page has loaded and its document has keyboard focus at its start. Acting straight
 * after {@code driver.get(...)} races with Chromium giving the new document focus: a Tab sent too early is
 * lost, and which pages lose depends on timing.
 */
public final class Chromium {

    public static final Path BINARY = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /** How long a page may take to load and take focus before a test fails. */
    public static final Duration PAGE_WAIT = Duration.ofSeconds(20);

    /**
     * What a test needs of its browser.
     *
     * @param javascript whether pages may run scripts
     * @param width window width in CSS pixels
     * @param height window height in CSS pixels
     * @param networkLog whether CDP network events are kept for {@code LogType.PERFORMANCE} (they are buffered
     *        until read, so long-running tests that never read them leave it off)
     */
    public record Options(boolean javascript, int width, int height, boolean networkLog) {

        public static Options defaults() {
            return new Options(true, 1280, 900, false);
        }

        public Options withoutJavaScript() {
            return new Options(false, width, height, networkLog);
        }

        public Options window(int newWidth, int newHeight) {
            return new Options(javascript, newWidth, newHeight, networkLog);
        }

        public Options withNetworkLog() {
            return new Options(javascript, width, height, true);
        }
    }

    private Chromium() {
    }

    /** Skips (locally) or fails (in CI) the calling test when Chromium or chromedriver is missing. */
    public static void require() {
        if (Files.isExecutable(BINARY) && Files.isExecutable(DRIVER)) {
            return;
        }
        String reason = "Chromium browser tests need " + BINARY + " and " + DRIVER
                + " (apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(reason + ": they are required in CI");
        }
        System.out.println("SKIPPED: " + reason);
        Assumptions.abort(reason);
    }

    /** A fresh headless browser with its own empty profile, deleted when the JVM exits. */
    public static ChromeDriver start(Options settings) {
        require();
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        Path profile = temporaryProfile();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-default-apps", "--disable-extensions", "--user-data-dir=" + profile,
                "--window-size=" + settings.width() + "," + settings.height(),
                "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-GB");
        if (!settings.javascript()) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        if (settings.networkLog()) {
            logs.enable(LogType.PERFORMANCE, Level.ALL);
        }
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver driver = new ChromeDriver(options);
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(3));
        return driver;
    }

    /**
     * Loads {@code url} and returns once the document has finished loading (its scripts have run and attached
     * their listeners) and has keyboard focus, with the sequential focus starting point at the top of the
     * page: the next Tab goes to the page's first focusable element, as for a reader who has just arrived.
     */
    public static void open(ChromeDriver driver, String url) {
        driver.get(url);
        focusPageStart(driver);
    }

    /**
     * Waits for {@code document.readyState === 'complete'}, then moves keyboard focus to the document's start
     * (the body, made focusable for that one call) and waits until the document reports that it has focus.
     */
    public static void focusPageStart(ChromeDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, PAGE_WAIT);
        wait.until(d -> "complete".equals(driver.executeScript("return document.readyState;")));
        // Tabbing past a page's last control moves focus out of the document to the browser itself, and a
        // headless window never gets it back by script; Chromium's focus emulation keeps the page focused.
        driver.executeCdpCommand("Page.bringToFront", Map.of());
        driver.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("""
                window.focus();
                const body = document.body;
                if (document.activeElement !== body) {
                  const hadTabIndex = body.hasAttribute('tabindex');
                  if (!hadTabIndex) body.tabIndex = -1;
                  body.focus({preventScroll: true});
                  if (!hadTabIndex) body.removeAttribute('tabindex');
                }
                return document.hasFocus() && (document.activeElement === body || document.activeElement === null);
                """)));
    }

    /** Sets the viewport to {@code width} CSS pixels (900 high) and the colour scheme the page sees. */
    public static void emulate(ChromeDriver driver, int width, boolean dark) {
        emulate(driver, width, 900, dark);
    }

    /**
     * Sets the viewport to {@code width} by {@code height} CSS pixels, as a phone (375 by 812) or a laptop
     * (1280 by 800) shows a page, and the colour scheme the page sees.
     */
    public static void emulate(ChromeDriver driver, int width, int height, boolean dark) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    private static Path temporaryProfile() {
        try {
            Path profile = Files.createTempDirectory("kb-chromium-profile");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(profile)));
            return profile;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A left-over temporary profile is harmless; the OS clears temp files.
        }
    }
}
