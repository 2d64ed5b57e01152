package org.harmkb.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevServerTest {

    private static final String PAGE = "<!DOCTYPE html><html><head><title>A</title></head><body>A</body></html>";

    @TempDir
    Path temp;

    private DevServer server;
    private LiveReload liveReload;
    private InetSocketAddress address;
    private Path root;

    @BeforeEach
    void start() throws IOException {
        root = temp.resolve("public");
        Files.createDirectories(root.resolve("a"));
        Files.createDirectories(root.resolve("assets"));
        Files.writeString(root.resolve("index.html"), PAGE);
        Files.writeString(root.resolve("a/index.html"), PAGE);
        Files.writeString(root.resolve("404.html"), "<html><head></head><body>Page not found</body></html>");
        Files.writeString(root.resolve("assets/style.1234abcd.css"), "body{}");
        Files.writeString(root.resolve("assets/app.1234abcd.js"), "export {}");
        Files.writeString(root.resolve("feed.xml"), "<feed/>");
        Files.writeString(root.resolve("sitemap.xml"), "<urlset/>");
        Files.writeString(root.resolve("data.bin"), "x");
        Files.writeString(root.resolve("_headers"), "/*\n  X-Frame-Options: DENY\n");
        Files.writeString(temp.resolve("secret.txt"), "TOP SECRET");
        liveReload = new LiveReload("server-1");
        server = DevServer.start(new InetSocketAddress("127.0.0.1", 0),
                new DevServer.Site(root, "/", Optional.of("/assets/live-reload.abcd1234.js")), liveReload);
        address = server.address();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void requestsCanNeverReadOutsideTheOutputFolder() throws IOException {
        for (String target : new String[] {
                "/../secret.txt", "/a/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/..%2fsecret.txt",
                "/%2e%2e%2fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt", "//secret.txt",
                "/" + temp.resolve("secret.txt").toString().replace('\\', '/'),
                "http://127.0.0.1/../secret.txt", "http://127.0.0.1/%2e%2e/secret.txt",
                "/a/%2e%2e/%2e%2e/secret.txt", "/%252e%252e/secret.txt", "/%c0%ae%c0%ae/secret.txt"}) {
            HttpProbe.Response response = HttpProbe.get(address, target);
            assertThat(response.status()).as(target).isNotEqualTo(200);
            assertThat(response.body()).as(target).doesNotContain("TOP SECRET");
        }
    }

    @Test
    void servesFilesWithTheContentTypesStaticHostsSend() throws IOException {
        assertThat(HttpProbe.get(address, "/assets/style.1234abcd.css").header("Content-Type")).contains("text/css; charset=utf-8");
        assertThat(HttpProbe.get(address, "/assets/app.1234abcd.js").header("Content-Type")).contains("text/javascript; charset=utf-8");
        assertThat(HttpProbe.get(address, "/feed.xml").header("Content-Type")).contains("application/atom+xml; charset=utf-8");
        assertThat(HttpProbe.get(address, "/sitemap.xml").header("Content-Type")).contains("application/xml; charset=utf-8");
        assertThat(HttpProbe.get(address, "/data.bin").header("Content-Type")).contains("application/octet-stream");
        HttpProbe.Response page = HttpProbe.get(address, "/a/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(page.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.header("Cache-Control")).contains("no-store");
        assertThat(HttpProbe.get(address, "/assets/style.1234abcd.css").header("Cache-Control"))
                .contains("public, max-age=31536000, immutable");
    }

    @Test
    void foldersWithoutTheirSlashRedirectAndUnknownPathsGetThe404Page() throws IOException {
        HttpProbe.Response redirect = HttpProbe.get(address, "/a?x=1");
        assertThat(redirect.status()).isEqualTo(301);
        assertThat(redirect.header("Location")).contains("/a/?x=1");
        assertThat(HttpProbe.get(address, "/_headers").status()).as("host configuration is never served").isEqualTo(404);
        HttpProbe.Response missing = HttpProbe.get(address, "/no/such/page/");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found").contains("live-reload.abcd1234.js");
    }

    @Test
    void htmlGetsTheLiveReloadScriptWhileTheFileOnDiskStaysAsBuilt() throws IOException {
        HttpProbe.Response page = HttpProbe.get(address, "/");
        assertThat(page.body()).isEqualTo("<!DOCTYPE html><html><head><title>A</title>"
                + "<script type=\"module\" src=\"/assets/live-reload.abcd1234.js\"></script>\n</head><body>A</body></html>");
        assertThat(Files.readString(root.resolve("index.html"))).isEqualTo(PAGE);
        assertThat(HttpProbe.get(address, "/assets/style.1234abcd.css").body()).isEqualTo("body{}");
    }

    @Test
    void onlyGetAndHeadAreAllowed() throws IOException {
        HttpProbe.Response head = HttpProbe.send(address, "HEAD", "/a/");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        HttpProbe.Response post = HttpProbe.send(address, "POST", "/a/");
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.header("Allow")).contains("GET, HEAD");
    }

    @Test
    void openPagesHearAboutRebuildsAndLatePagesGetTheCurrentErrors() throws IOException {
        try (HttpProbe.EventStream stream = new HttpProbe.EventStream(address, DevServer.EVENTS_PATH)) {
            assertThat(stream.next("hello", Duration.ofSeconds(5))).isEqualTo("{\"server\":\"server-1\"}");
            // The hello is written only after the stream joined the clients, so this send reaches it.
            liveReload.send("reload", "{\"all\":false,\"pages\":[\"/a/\"]}");
            assertThat(stream.next("reload", Duration.ofSeconds(5))).isEqualTo("{\"all\":false,\"pages\":[\"/a/\"]}");
        }
        liveReload.setState("diagnostics", "{\"summary\":\"Rebuild failed\"}");
        try (HttpProbe.EventStream late = new HttpProbe.EventStream(address, DevServer.EVENTS_PATH)) {
            assertThat(late.next("diagnostics", Duration.ofSeconds(5))).isEqualTo("{\"summary\":\"Rebuild failed\"}");
        }
    }
}
