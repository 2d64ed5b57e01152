package org.harmkb.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.harmkb.pipeline.BuildOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} end to end over HTTP: edit a file, the page is rebuilt and open pages are told. */
class ServeSessionTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private ServeSession session;
    private InetSocketAddress address;

    @BeforeEach
    void start() throws IOException {
        TestSites.write(temp, "site-config.yaml", "title: \"Test\"\ndescription: \"About.\"\nbase_url: \"https://example.org/kb/\"\n");
        TestSites.write(temp, "content/index.md", "---\ntitle: \"Home\"\ndescription: \"Hi.\"\n---\nWelcome.\n");
        TestSites.write(temp, "content/guide.md", "---\ntitle: \"Guide\"\ndescription: \"A guide.\"\n---\nFirst version.\n");
        TestSites.copyTheme(temp.resolve("theme"));
        TestSites.backdate(temp);
        session = ServeSession.start(new ServeSession.Settings(BuildOptions.defaults(temp.resolve("site-config.yaml")),
                "127.0.0.1", 0, false), new PrintWriter(out, true), new PrintWriter(err, true));
        address = new InetSocketAddress("127.0.0.1", session.siteAddress().getPort());
    }

    @AfterEach
    void stop() {
        session.close();
    }

    @Test
    void servesTheBuiltSiteUnderItsBasePathOnLoopbackOnly() throws IOException {
        assertThat(session.siteAddress().toString()).matches("http://127\\.0\\.0\\.1:\\d+/kb/");
        assertThat(HttpProbe.get(address, "/kb/guide/").body()).contains("First version.").contains("live-reload.");
        assertThat(HttpProbe.get(address, "/").status()).isEqualTo(301);
        assertThat(out.toString()).contains("Built 2 pages");
    }

    @Test
    void anEditRebuildsThePageAndTellsOpenPagesWhichOneChanged() throws IOException {
        try (HttpProbe.EventStream events = new HttpProbe.EventStream(address, DevServer.EVENTS_PATH)) {
            events.next("hello", WAIT);
            TestSites.write(temp, "content/guide.md", "---\ntitle: \"Guide\"\ndescription: \"A guide.\"\n---\nSecond version.\n");
            assertThat(events.next("reload", WAIT)).isEqualTo("{\"all\":false,\"pages\":[\"/kb/guide/\"]}");
            assertThat(Files.readString(temp.resolve("public/guide/index.html"))).contains("Second version.");
            assertThat(HttpProbe.get(address, "/kb/guide/").body()).contains("Second version.");
            // The search index holds the page's words: it follows, and then only the search page is told.
            assertThat(events.next("reload", WAIT)).isEqualTo("{\"all\":false,\"pages\":[\"/kb/search/\"]}");
        }
        Path fresh = temp.resolve("fresh");
        new org.harmkb.pipeline.SiteBuilder().build(BuildOptions.defaults(temp.resolve("site-config.yaml")).withOutputDir(fresh));
        assertThat(org.harmkb.pipeline.SiteTrees.digest(temp.resolve("public"))).isEqualTo(org.harmkb.pipeline.SiteTrees.digest(fresh));
        assertThat(out.toString()).contains("Rebuilt 2 pages").contains("; 1 file changed");
    }

    @Test
    void aBrokenEditShowsItsDiagnosticsWhileTheLastGoodPageStaysServed() throws IOException {
        try (HttpProbe.EventStream events = new HttpProbe.EventStream(address, DevServer.EVENTS_PATH)) {
            events.next("hello", WAIT);
            TestSites.write(temp, "content/guide.md", "---\ntitle: \"Guide\"\ntittle: \"x\"\ndescription: \"A guide.\"\n---\nBroken.\n");
            String diagnostics = events.next("diagnostics", WAIT);
            assertThat(diagnostics).contains("\"path\":\"" + displayed("content/guide.md") + "\"")
                    .contains("\"line\":3").contains("unknown key 'tittle'").contains("did you mean 'title'?");
            assertThat(HttpProbe.get(address, "/kb/guide/").body()).contains("First version.");
            assertThat(err.toString()).contains("guide.md:3:1: error: unknown key 'tittle'");

            try (HttpProbe.EventStream late = new HttpProbe.EventStream(address, DevServer.EVENTS_PATH)) {
                assertThat(late.next("diagnostics", WAIT)).isEqualTo(diagnostics);
            }

            TestSites.write(temp, "content/guide.md", "---\ntitle: \"Guide\"\ndescription: \"A guide.\"\n---\nFixed.\n");
            assertThat(events.next("reload", WAIT)).contains("/kb/guide/");
        }
        assertThat(HttpProbe.get(address, "/kb/guide/").body()).contains("Fixed.");
    }

    @Test
    void onlyHostNamesOfTheBoundAddressAreAnsweredAgainstDnsRebinding() throws IOException {
        int port = address.getPort();
        for (String host : List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "LOCALHOST:" + port)) {
            assertThat(HttpProbe.send(address, "GET", "/kb/guide/", host).status()).as(host).isEqualTo(200);
        }
        for (String host : List.of("evil.example:" + port, "evil.example", "127.0.0.1", "localhost:1", "127.0.0.1.evil.example:" + port, "")) {
            assertThat(HttpProbe.send(address, "GET", "/kb/guide/", host).status()).as(host).isEqualTo(421);
            assertThat(HttpProbe.send(address, "GET", DevServer.EVENTS_PATH, host).status()).as(host).isEqualTo(421);
        }
    }

    @Test
    void anErrorOnTheRebuildThreadIsReportedAndTheNextSaveStillRebuilds() throws IOException {
        java.util.concurrent.atomic.AtomicBoolean thrown = new java.util.concurrent.atomic.AtomicBoolean();
        session.onRebuilt(result -> {
            if (thrown.compareAndSet(false, true)) {
                throw new StackOverflowError("injected by the test");
            }
        });
        try (HttpProbe.EventStream events = new HttpProbe.EventStream(address, DevServer.EVENTS_PATH)) {
            events.next("hello", WAIT);
            TestSites.write(temp, "content/guide.md", "---\ntitle: \"Guide\"\ndescription: \"A guide.\"\n---\nSecond version.\n");
            assertThat(events.next("diagnostics", WAIT)).contains("internal error: java.lang.StackOverflowError: injected by the test");
            // The CLI's exit-3 line, with the trace in a file, and no trace in the terminal.
            assertThat(err.toString()).contains("internal error: this is a bug in the generator, not in your content "
                    + "(java.lang.StackOverflowError: injected by the test); please report it with the trace saved in ")
                    .contains("still serving the last good site").doesNotContain("\tat ");

            TestSites.write(temp, "content/guide.md", "---\ntitle: \"Guide\"\ndescription: \"A guide.\"\n---\nThird version.\n");
            // After a crash nothing kept is trusted: the rebuild is a full one, and every open page reloads.
            assertThat(events.next("reload", WAIT)).isEqualTo("{\"all\":true,\"pages\":[]}");
        }
        assertThat(HttpProbe.get(address, "/kb/guide/").body()).contains("Third version.");
    }

    private String displayed(String relative) {
        return org.harmkb.diagnostic.SourcePaths.display(temp.resolve(relative));
    }
}
