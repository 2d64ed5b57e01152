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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Saves full-page screenshots of the home page, an article, search results and the glossary at 1280 and 375
 * pixels (and the article in the dark scheme) under {@code generator/target/screenshots/}, for people to look
 * at. Uses the real content when the repository has it, else the fixture; a page type the site does not
 * have yet is skipped with a reason.
 */
class ScreenshotTest {

    static final Path DIR = Path.of("generator/target/screenshots");

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
    Stream<DynamicTest> screenshotsOfTheMainPageTypes() {
        Chromium.require();
        TestSites sites = TestSites.get();
        TestSites.Site site = sites.content.orElse(sites.fixture);
        Map<String, String> wanted = new LinkedHashMap<>();
        wanted.put("home", "/");
        wanted.put("article", site.pages().stream()
                .filter(p -> PageTypes.of(p, site.dir()).equals("article") && hasContentNote(site, p))
                .findFirst().orElse(site.onePerType().get("article")));
        wanted.put("search-results", site.pages().contains("/search/") ? "/search/?q=therapy" : null);
        wanted.put("glossary", site.pages().contains("/glossary/") ? "/glossary/" : null);
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, String> page : wanted.entrySet()) {
            for (int width : List.of(1280, 375)) {
                tests.add(DynamicTest.dynamicTest(page.getKey() + " at " + width,
                        () -> capture(site, page.getKey(), page.getValue(), width, false)));
            }
        }
        tests.add(DynamicTest.dynamicTest("article dark at 375", () -> capture(site, "article", wanted.get("article"), 375, true)));
        return tests.stream();
    }

    private static void capture(TestSites.Site site, String name, String path, int width, boolean dark) throws Exception {
        Assumptions.assumeTrue(path != null, () -> {
            System.out.println("SKIPPED screenshot of " + name + ": the " + site.name() + " site has no such page yet");
            return "no " + name + " page in the " + site.name() + " site yet";
        });
        Chromium.emulate(driver, width, dark);
        Chromium.open(driver, site.url(path));
        // Search results arrive after the page has loaded; the other pages are complete once loaded and painted.
        if (path.contains("?q=")) {
            new WebDriverWait(driver, Chromium.PAGE_WAIT).until(d -> !d.findElements(By.cssSelector("#search-results > li")).isEmpty());
        }
        driver.executeAsyncScript("const done = arguments[0]; document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(done)));");
        long height = Math.min(6000, ((Number) driver.executeScript("return document.documentElement.scrollHeight;")).longValue());
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(DIR);
        Path file = DIR.resolve(name + (dark ? "-dark" : "") + "-" + width + ".png");
        Files.write(file, png);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(width);
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
