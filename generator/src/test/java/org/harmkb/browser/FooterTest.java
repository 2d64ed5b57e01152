package org.harmkb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.harmkb.config.SafetySettings;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every page's footer links the site's own pages (About, Staying safe online, Getting support now, Glossary,
 * A–Z, Topics and the feed, where the site has them), and the exit control has one name, the config's
 * {@code safety.exit_label}, in its visible label, its skip link and its region.
 */
class FooterTest {

    @TestFactory
    Stream<DynamicTest> everyPageLinksTheSitesOwnPagesAndNamesTheExitOnce() {
        List<DynamicTest> tests = new ArrayList<>();
        for (TestSites.Site site : TestSites.get().all()) {
            boolean content = site.name().equals("content");
            String label = content ? HomePageTest.config().safety().exitLabel() : SafetySettings.DEFAULT_EXIT_LABEL;
            for (String page : site.pages()) {
                tests.add(DynamicTest.dynamicTest(site.name() + " " + page, () -> {
                    Document doc = SectionPagesTest.page(site, page);
                    List<String> footer = doc.select("footer.site-footer nav[aria-label=Footer] a").stream()
                            .map(a -> a.attr("href")).toList();
                    List<String> expected = new ArrayList<>();
                    if (content) {
                        expected.addAll(List.of("/about/", "/staying-safe-online/", "/getting-support-now/"));
                    }
                    expected.addAll(List.of("/glossary/", "/a-z/", "/topics/", "/feed.xml"));
                    assertThat(footer).as("footer links on " + page).isEqualTo(expected);

                    Element button = doc.getElementById("exit-this-page");
                    assertThat(button.ownText()).as("visible label of the exit control").isEqualTo(label);
                    assertThat(button.text()).startsWith(label);
                    assertThat(doc.selectFirst(".skip-link[data-exit]").text()).startsWith(label);
                    assertThat(doc.getElementById("exit-tip")).isNotNull();
                    assertThat(doc.getElementById("exit-status")).isNotNull();
                    String text = doc.body().text();
                    assertThat(text).as("another name for the exit control on " + page).doesNotContain("Emergency exit");
                }));
            }
        }
        return tests.stream();
    }
}
