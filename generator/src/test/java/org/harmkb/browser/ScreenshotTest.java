package org.harmkb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.harmkb.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Saves full-page screenshots of every page type — home, article, section, support page, search results,
 * glossary and its entries, topics, learning paths, A–Z, 404 and redirect — on a phone (375 by 812) and a
 * laptop (1280 by 800), light and dark, as {@code generator/target/screenshots/<type>-<screen>.png}, for
 * people to look at. Uses the real content when the repository has it, else the fixture.
 */
class ScreenshotTest {

    static final Path DIR = Path.of("generator/target/screenshots");

    /** Pages taller than this are cut: the first screens are what a reader judges a page by. */
    static final int MAX_HEIGHT = 8000;

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
    Stream<DynamicTest> screenshotsOfEveryPageType() {
        Chromium.require();
        TestSites sites = TestSites.get();
        TestSites.Site site = sites.content.orElse(sites.fixture);
        Map<String, String> pages = new LinkedHashMap<>(site.onePerType());
        pages.put("article", site.pages().stream()
                .filter(p -> PageTypes.of(p, site.dir()).equals("article") && hasContentNote(site, p))
                .findFirst().orElse(pages.get("article")));
        pages.put("search-results", "/search/?q=therapy");
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            for (Screen screen : Screen.ALL) {
                tests.add(DynamicTest.dynamicTest(page.getKey() + " on " + screen,
                        () -> capture(site, page.getKey(), page.getValue(), screen)));
            }
        }
        return tests.stream();
    }

    private static void capture(TestSites.Site site, String name, String path, Screen screen) throws Exception {
        screen.apply(driver);
        PageLoads.load(driver, site.url(path) + (path.contains("?") ? "&" : "?") + StaticSiteServer.NO_REFRESH);
        // Search results arrive after the page has loaded; the other pages are complete once loaded and painted.
        if (path.contains("?q=")) {
            new WebDriverWait(driver, Chromium.PAGE_WAIT).until(d -> !d.findElements(By.cssSelector("#search-results > li")).isEmpty());
        }
        driver.executeAsyncScript("const done = arguments[0]; document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(done)));");
        long height = Math.min(MAX_HEIGHT, ((Number) driver.executeScript("return document.documentElement.scrollHeight;")).longValue());
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", screen.width(), "height", height, "deviceScaleFactor", 1, "mobile", false));
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(DIR);
        Files.write(DIR.resolve(name + "-" + screen.name() + ".png"), png);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(screen.width());
        assertThat(distinctColours(image)).as("a page with text, not a blank screen").isGreaterThan(20);
    }

    /** Articles with a content note show the most of the theme. */
    private static boolean hasContentNote(TestSites.Site site, String page) {
        try {
            return Files.readString(site.dir().resolve(page.substring(1) + "index.html")).contains("class=\"content-note\"");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static long distinctColours(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getHeight()).parallel()
                .flatMap(y -> java.util.stream.IntStream.range(0, image.getWidth()).map(x -> image.getRGB(x, y)))
                .distinct().limit(1000).count();
    }
}
