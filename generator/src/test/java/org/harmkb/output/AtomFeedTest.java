package org.harmkb.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.harmkb.config.SiteConfig;
import org.harmkb.testing.TestConfigs;
import org.junit.jupiter.api.Test;

class AtomFeedTest {

    static SiteConfig config(String baseUrl) {
        return TestConfigs.withBaseUrl(baseUrl);
    }

    private static PublishedPage page(String url, String published, String updated) {
        return new PublishedPage(url, "T " + url, "S", Optional.ofNullable(published).map(LocalDate::parse),
                Optional.ofNullable(updated).map(LocalDate::parse), true);
    }

    @Test
    void entriesAreNewestChangeFirstThenByUrl() {
        String feed = new String(AtomFeed.xml(config("https://example.org/"), List.of(
                page("/old/", "2025-01-01", null),
                page("/b/", "2025-06-01", null),
                page("/a/", "2025-06-01", null),
                page("/revised/", "2024-01-01", "2026-01-01"))), StandardCharsets.UTF_8);
        assertThat(feed.indexOf("/revised/")).isLessThan(feed.indexOf("/a/"));
        assertThat(feed.indexOf("/a/")).isLessThan(feed.indexOf("/b/"));
        assertThat(feed.indexOf("/b/")).isLessThan(feed.indexOf("/old/"));
        assertThat(feed).contains("<updated>2026-01-01T00:00:00Z</updated>\n<author>");
    }

    @Test
    void keepsOnlyTheNewestFiftyAndLeavesOutUndatedPages() {
        List<PublishedPage> pages = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            pages.add(page("/p" + i + "/", LocalDate.of(2026, 1, 1).plusDays(i).toString(), null));
        }
        pages.add(page("/undated/", null, null));
        String feed = new String(AtomFeed.xml(config("https://example.org/"), pages), StandardCharsets.UTF_8);
        assertThat(feed.split("<entry>", -1)).hasSize(AtomFeed.MAX_ENTRIES + 1);
        assertThat(feed).contains("/p59/").doesNotContain("/p9/<").doesNotContain("/undated/");
    }

    @Test
    void anEmptySiteStillHasAValidDeterministicFeed() {
        byte[] first = AtomFeed.xml(config("https://example.org/"), List.of());
        assertThat(new String(first, StandardCharsets.UTF_8)).contains("<updated>1970-01-01T00:00:00Z</updated>").endsWith("</feed>\n");
        assertThat(AtomFeed.xml(config("https://example.org/"), List.of())).isEqualTo(first);
    }

    @Test
    void controlCharactersThatXmlForbidsAreDropped() {
        assertThat(Xml.escape("a\u0001b<&>\"'\tc")).isEqualTo("ab&lt;&amp;&gt;&quot;&apos;\tc");
    }
}
