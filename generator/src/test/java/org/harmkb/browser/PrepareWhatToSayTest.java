package org.harmkb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.harmkb.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The "prepare what to say" page of the real content: choices build a draft from the page's own phrases, the
 * reader's edits are kept, Copy, Print and Clear do what they say, the exits wipe the draft before leaving, a
 * whole session sends nothing and stores nothing, it works from the keyboard alone, it reads as a printable list
 * without JavaScript, and axe finds nothing in light or dark, at 320 px as at 1280 px.
 */
class PrepareWhatToSayTest {

    static final String PAGE = "/self-advocacy/prepare-what-to-say/";
    private static final String FIRST = "pressure-to-recount-trauma";
    private static final String SECOND = "limits-on-what-you-can-say";

    private static ChromeDriver driver;
    private static TestSites.Site site;

    @BeforeAll
    static void start() {
        driver = Chromium.start(Chromium.Options.defaults().withNetworkLog());
        site = TestSites.get().content.orElseThrow(() -> new AssertionError("the real content/ is needed for this page"));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void openPage() {
        Chromium.emulate(driver, 1280, false);
        Chromium.open(driver, site.url(PAGE) + "?" + StaticSiteServer.NO_REFRESH);
        new WebDriverWait(driver, Chromium.PAGE_WAIT).until(d -> driver.findElement(By.id("prepare")).isDisplayed());
    }

    private String phrase(String key) {
        return (String) driver.executeScript(
                "return document.querySelector('[data-phrase=\"' + arguments[0] + '\"]').textContent.trim();", key);
    }

    private String draft() {
        return (String) driver.executeScript("return document.getElementById('prepare-draft').value;");
    }

    private WebElement choice(String name, String value) {
        return centred(driver.findElement(By.cssSelector("input[name=" + name + "][value='" + value + "']")));
    }

    /** The element scrolled to the middle of the window, clear of the sticky safety bar, ready for a click. */
    private static WebElement centred(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    private void awaitStatus(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> driver.findElement(By.id("prepare-status"))
                .getAttribute("textContent").contains(part));
    }

    private long checkedCount() {
        return (Long) driver.executeScript("return document.querySelectorAll('#prepare input:checked').length;");
    }

    @Test
    void theContractsControlsAreThere() {
        assertThat(driver.findElements(By.cssSelector("form#prepare input[type=checkbox][name=concern]"))).hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(input -> assertThat(driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))
                        .isDisplayed()).isTrue());
        List<String> concerns = driver.findElements(By.cssSelector("input[name=concern]")).stream().map(e -> e.getAttribute("value")).toList();
        assertThat(concerns).contains("blamed-for-not-complying", "body-work-without-consent", "distress-treated-as-your-fault",
                "judged-for-not-getting-better", "limits-on-what-you-can-say", "painful-memories-too-fast",
                "pathologising-natural-ways-of-being", "pressure-to-recount-trauma", "therapist-as-expert-on-your-life");
        assertThat(driver.findElements(By.cssSelector("input[name=want]"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(driver.findElements(By.cssSelector("input[name=channel]"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(driver.findElements(By.cssSelector("#prepare fieldset > legend"))).hasSize(3);
        List<String> buttons = driver.findElements(By.cssSelector("#prepare button")).stream().map(WebElement::getText).toList();
        assertThat(buttons).anySatisfy(b -> assertThat(b).contains("Copy")).anySatisfy(b -> assertThat(b).contains("Print"))
                .anySatisfy(b -> assertThat(b).contains("Clear"));
        assertThat(driver.findElement(By.id("prepare-status")).getAttribute("aria-live")).isEqualTo("polite");
        assertThat(driver.findElement(By.id("prepare-phrases")).isDisplayed()).as("the printed list, with JavaScript").isFalse();
    }

    @Test
    void choosingAConcernAddsItsSentenceAndRemovingItTakesItAway() {
        assertThat(draft()).isEmpty();
        choice("concern", FIRST).click();
        assertThat(draft()).isEqualTo(phrase("opening:message") + "\n\n" + phrase("concern:" + FIRST) + "\n\n" + phrase("closing:message"));
        awaitStatus("Added to the draft");
        choice("channel", "session").click();
        choice("want", "slow-down").click();
        assertThat(draft()).isEqualTo(String.join("\n\n", phrase("opening:session"), phrase("concern:" + FIRST),
                phrase("want:slow-down"), phrase("closing:session")));
        choice("concern", FIRST).click();
        assertThat(draft()).doesNotContain(phrase("concern:" + FIRST)).contains(phrase("want:slow-down"));
        awaitStatus("Taken out of the draft");
    }

    @Test
    void theReadersOwnWordsAreKeptAndNewSentencesGoBeforeTheClosing() {
        choice("concern", FIRST).click();
        WebElement box = driver.findElement(By.id("prepare-draft"));
        box.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n\nIt happened twice.");
        choice("concern", SECOND).click();
        String closing = phrase("closing:message");
        String second = phrase("concern:" + SECOND);
        assertThat(draft()).contains("It happened twice.", phrase("concern:" + FIRST), second);
        assertThat(draft().indexOf(second)).as("new sentence before the unchanged closing").isLessThan(draft().indexOf(closing));
        awaitStatus("Your own words were kept.");

        choice("concern", FIRST).click();
        assertThat(draft()).doesNotContain(phrase("concern:" + FIRST)).contains("It happened twice.", second);

        // A sentence the reader has changed is theirs: taking its choice away leaves it.
        driver.executeScript("const box = document.getElementById('prepare-draft');"
                + "box.value = box.value.replace(arguments[0], arguments[0].replace('shut down', 'brushed aside'));"
                + "box.dispatchEvent(new Event('input', {bubbles: true}));", second);
        String before = draft();
        choice("concern", SECOND).click();
        assertThat(draft()).isEqualTo(before).contains("brushed aside");
        awaitStatus("the draft was left as it is");
    }

    @Test
    void copyPutsExactlyTheDraftOnTheClipboard() {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", site.server().origin(),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        choice("concern", FIRST).click();
        choice("want", "talk").click();
        driver.findElement(By.id("prepare-draft")).sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\nSigned, me");
        centred(driver.findElement(By.id("prepare-copy"))).click();
        awaitStatus("Draft copied");
        Object clipboard = driver.executeAsyncScript("navigator.clipboard.readText().then(arguments[0], e => arguments[0]('failed: ' + e));");
        assertThat(clipboard).isEqualTo(draft());
        assertThat(draft()).endsWith("Signed, me");
    }

    @Test
    void printPutsTheDraftOnPaperAndTakesItOffAfterwards() {
        choice("concern", FIRST).click();
        driver.executeScript("window.print = () => { window.__printed = document.getElementById('prepare-print-copy').textContent;"
                + " window.dispatchEvent(new Event('afterprint')); };");
        centred(driver.findElement(By.id("prepare-print"))).click();
        assertThat(driver.executeScript("return window.__printed;")).isEqualTo(draft());
        assertThat(driver.findElement(By.id("prepare-print-copy")).getAttribute("textContent")).isEmpty();
    }

    @Test
    void clearEmptiesTheDraftAndTheChoices() {
        choice("concern", FIRST).click();
        choice("want", "complain").click();
        choice("channel", "letter").click();
        driver.findElement(By.id("prepare-draft")).sendKeys(" More.");
        centred(driver.findElement(By.id("prepare-clear"))).click();
        assertThat(draft()).isEmpty();
        assertThat(checkedCount()).isZero();
        awaitStatus("Cleared");
        choice("concern", SECOND).click();
        assertThat(draft()).as("after Clear the draft is rebuilt, not merged").doesNotContain("More.").contains(phrase("concern:" + SECOND));
    }

    @Test
    void reloadingRestoresNothing() {
        choice("concern", FIRST).click();
        driver.findElement(By.id("prepare-draft")).sendKeys(" Private words.");
        driver.navigate().refresh();
        Chromium.focusPageStart(driver);
        assertThat(draft()).isEmpty();
        assertThat(checkedCount()).isZero();
    }

    /** What the page holds at the moment the exit says it is leaving, sent home by a beacon. */
    private List<String> leaveAndReport(Runnable leave) {
        choice("concern", FIRST).click();
        driver.findElement(By.id("prepare-draft")).sendKeys(" Private words.");
        assertThat(draft()).isNotEmpty();
        driver.executeScript("document.addEventListener('site-exit', () => navigator.sendBeacon(arguments[0], JSON.stringify({"
                + "draft: document.getElementById('prepare-draft').value,"
                + "checked: document.querySelectorAll('#prepare input:checked').length})));", StaticSiteServer.BEACON);
        // The real site's exit goes to another site: the browser is stopped at its door, so the test stays offline.
        String exit = (String) driver.executeScript("return document.getElementById('exit-this-page').href;");
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of(exit + "*")));
        int before = site.server().beacons().size();
        try {
            leave.run();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> site.server().beacons().size() > before);
        } finally {
            driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        }
        return site.server().beacons().subList(before, site.server().beacons().size());
    }

    @Test
    void theExitControlClearsTheDraftBeforeLeaving() {
        assertThat(leaveAndReport(() -> driver.findElement(By.id("exit-this-page")).click()))
                .containsExactly("{\"draft\":\"\",\"checked\":0}");
    }

    @Test
    void shiftThreeTimesClearsTheDraftBeforeLeaving() {
        assertThat(leaveAndReport(() -> {
            centred(driver.findElement(By.cssSelector("h1"))).click();
            Actions keys = new Actions(driver);
            for (int i = 0; i < 3; i++) {
                keys.keyDown(Keys.SHIFT).keyUp(Keys.SHIFT);
            }
            keys.perform();
        })).containsExactly("{\"draft\":\"\",\"checked\":0}");
    }

    @Test
    void aWholeSessionMakesNoRequestAndStoresNothing() {
        String origin = site.server().origin();
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        assertThat(requests()).as("the page's own loading, which shows the network log works").isNotEmpty();
        driver.findElements(By.cssSelector("input[name=concern], input[name=want], input[name=channel]"))
                .forEach(input -> centred(input).click());
        driver.findElement(By.id("prepare-draft")).sendKeys(" Words of my own.");
        centred(driver.findElements(By.cssSelector("input[name=concern]")).get(0)).click();
        centred(driver.findElement(By.id("prepare-copy"))).click();
        awaitStatus("Draft copied");
        driver.executeScript("window.print = () => {}; window.dispatchEvent(new Event('beforeprint'));"
                + " window.dispatchEvent(new Event('afterprint'));");
        centred(driver.findElement(By.id("prepare-print"))).click();
        centred(driver.findElement(By.id("prepare-clear"))).click();
        awaitStatus("Cleared");
        driver.executeAsyncScript("requestAnimationFrame(() => setTimeout(arguments[0], 100));");

        assertThat(requests()).as("requests during the session").isEmpty();
        assertThat(StorageProbe.everything(driver, origin)).as("what the site left in the browser").isEmpty();
    }

    /** The addresses the browser has requested since the network log was last read. */
    private static List<String> requests() {
        List<String> requests = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            if (entry.getMessage().contains("\"Network.requestWillBeSent\"")) {
                requests.add(entry.getMessage().replaceAll("(?s).*\"request\":\\{.*?\"url\":\"([^\"]*)\".*", "$1"));
            }
        }
        return requests;
    }

    /** Guards the storage probe: what a page writes to each kind of storage is seen. */
    @Test
    void theStorageProbeSeesWhatAPageStores() {
        String origin = site.server().origin();
        driver.executeAsyncScript("""
                const done = arguments[0];
                localStorage.setItem('a', '1'); sessionStorage.setItem('b', '2'); document.cookie = 'c=3; path=/';
                const open = indexedDB.open('probe-db');
                open.onsuccess = () => { open.result.close(); caches.open('probe-cache').then(() => done()); };
                """);
        try {
            assertThat(StorageProbe.everything(driver, origin)).contains("localStorage a", "sessionStorage b", "cookie c",
                    "IndexedDB probe-db", "Cache Storage probe-cache");
        } finally {
            driver.executeAsyncScript("""
                    const done = arguments[0];
                    localStorage.clear(); sessionStorage.clear(); document.cookie = 'c=; path=/; max-age=0';
                    indexedDB.deleteDatabase('probe-db').onsuccess = () => caches.delete('probe-cache').then(() => done());
                    """);
        }
        assertThat(StorageProbe.everything(driver, origin)).isEmpty();
    }

    @Test
    void everythingWorksFromTheKeyboardAlone() {
        String firstId = "concern-" + driver.findElements(By.cssSelector("input[name=concern]")).get(0).getAttribute("value");
        tabTo(firstId);
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        assertThat(draft()).contains(phrase("concern:" + firstId.substring("concern-".length())));
        String firstChannel = "channel-" + driver.findElements(By.cssSelector("input[name=channel]")).get(0).getAttribute("value");
        tabTo(firstChannel);
        new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
        String second = driver.findElements(By.cssSelector("input[name=channel]")).get(1).getAttribute("value");
        assertThat(choice("channel", second).isSelected()).isTrue();
        assertThat(draft()).startsWith(phrase("opening:" + second));
        tabTo("prepare-draft");
        new Actions(driver).sendKeys(" Typed by keyboard.").perform();
        assertThat(draft()).contains("Typed by keyboard.");
        tabTo("prepare-clear");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertThat(draft()).isEmpty();
        assertThat(checkedCount()).isZero();
    }

    private void tabTo(String id) {
        for (int i = 0; i < 80; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (id.equals(driver.executeScript("return document.activeElement && document.activeElement.id;"))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    @Test
    void axeFindsNothingInLightOrDarkAndNothingScrollsSidewaysAt320() {
        for (boolean dark : List.of(false, true)) {
            for (int width : List.of(1280, 320)) {
                Chromium.emulate(driver, width, dark);
                Chromium.open(driver, site.url(PAGE) + "?" + StaticSiteServer.NO_REFRESH);
                choice("concern", FIRST).click();
                choice("want", "talk").click();
                choice("channel", "professional-body").click();
                // From the top, as a reader arrives: nothing sits under the sticky safety bar.
                driver.executeScript("window.scrollTo(0, 0);");
                Results results = new AxeBuilder().withTags(AccessibilityTest.TAGS).analyze(driver);
                assertThat(results.getViolations()).as("axe, " + (dark ? "dark" : "light") + " at " + width)
                        .extracting(rule -> rule.getId() + ": " + rule.getNodes().stream().map(n -> n.getTarget() + " " + n.getFailureSummary()).toList())
                        .isEmpty();
                Number overflow = (Number) driver.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(overflow.intValue()).as("sideways scroll at " + width).isLessThanOrEqualTo(0);
            }
        }
    }

    @Test
    void withoutJavaScriptThePageIsAPrintableListOfPhrasesByConcern() {
        ChromeDriver plain = Chromium.start(Chromium.Options.defaults().withoutJavaScript());
        try {
            Chromium.open(plain, site.url(PAGE));
            assertThat(plain.findElement(By.id("prepare")).isDisplayed()).as("the form, which needs JavaScript").isFalse();
            WebElement list = plain.findElement(By.id("prepare-phrases"));
            assertThat(list.isDisplayed()).isTrue();
            List<WebElement> concerns = list.findElements(By.cssSelector("[data-phrase^='concern:']"));
            assertThat(concerns).hasSizeGreaterThanOrEqualTo(10).allSatisfy(q -> assertThat(q.getText()).isNotBlank());
            assertThat(list.findElements(By.cssSelector("a[href*='/understanding-harm/']"))).hasSizeGreaterThanOrEqualTo(9);
            assertThat(plain.findElement(By.cssSelector("main .prose")).getText()).contains("Nothing you choose or type is sent or saved");
            plain.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(list.isDisplayed()).as("the list on paper").isTrue();
            assertThat(concerns.get(0).isDisplayed()).isTrue();
        } finally {
            plain.quit();
        }
    }
}
