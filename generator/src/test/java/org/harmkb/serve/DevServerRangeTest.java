package org.harmkb.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Byte ranges, one or several at once, as the search client reads its pack files from a static host. */
class DevServerRangeTest {

    private static final String PAGE = "<!DOCTYPE html><html><head><title>A</title></head><body>A</body></html>";

    @TempDir
    Path temp;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private DevServer server;
    private byte[] pack;

    @BeforeEach
    void start() throws IOException {
        Path root = temp.resolve("public");
        Files.createDirectories(root.resolve("search"));
        pack = new byte[300];
        for (int i = 0; i < pack.length; i++) {
            pack[i] = (byte) i; // every byte value, so a shifted or re-encoded slice cannot pass
        }
        Files.write(root.resolve("search/pack-0.bin"), pack);
        Files.writeString(root.resolve("index.html"), PAGE);
        Files.writeString(root.resolve("404.html"), "<html><head></head><body>Page not found</body></html>");
        server = DevServer.start(new InetSocketAddress("127.0.0.1", 0),
                new DevServer.Site(root, "/", Optional.of("/assets/live-reload.abcd1234.js")), new LiveReload("server-1"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<byte[]> get(String path, String range) throws IOException, InterruptedException {
        return send("GET", path, range);
    }

    private HttpResponse<byte[]> send(String method, String path, String range) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (range != null) {
            request.header("Range", range);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aSingleRangeGetsExactlyThoseBytesWith206() throws Exception {
        HttpResponse<byte[]> response = get("/search/pack-0.bin", "bytes=250-259");
        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.headers().firstValue("Content-Range")).contains("bytes 250-259/300");
        assertThat(response.headers().firstValue("Content-Length")).contains("10");
        assertThat(response.headers().firstValue("Content-Type")).contains("application/octet-stream");
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(pack, 250, 260));

        HttpResponse<byte[]> tail = get("/search/pack-0.bin", "bytes=290-999");
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.headers().firstValue("Content-Range")).contains("bytes 290-299/300");
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(pack, 290, 300));
    }

    @Test
    void severalRangesComeAsOneMultipartResponseWithEachPartsBytesAndRange() throws Exception {
        HttpResponse<byte[]> response = get("/search/pack-0.bin", "bytes=250-259, 10-12");
        assertThat(response.statusCode()).isEqualTo(206);
        String type = response.headers().firstValue("Content-Type").orElseThrow();
        assertThat(type).matches("multipart/byteranges; boundary=[0-9a-f]{16}");
        String boundary = type.substring(type.indexOf('=') + 1);
        byte[] expected = new ByteRange.Multipart(java.util.List.of(new ByteRange(250, 259), new ByteRange(10, 12)), 300)
                .body(pack, "application/octet-stream", boundary);
        assertThat(response.body()).isEqualTo(expected);
        assertThat(response.headers().firstValue("Content-Range")).isEmpty();
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(expected.length);
    }

    @Test
    void wholeFilesSayTheyAcceptRangesAndUnusableRangesGetTheWholeFile() throws Exception {
        HttpResponse<byte[]> whole = get("/search/pack-0.bin", null);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(whole.headers().firstValue("Content-Range")).isEmpty();
        assertThat(whole.body()).isEqualTo(pack);
        for (String ignored : new String[] {"bytes=0-299,0-0", "bytes=5-3", "items=0-1"}) {
            HttpResponse<byte[]> response = get("/search/pack-0.bin", ignored);
            assertThat(response.statusCode()).as(ignored).isEqualTo(200);
            assertThat(response.body()).as(ignored).isEqualTo(pack);
        }
    }

    @Test
    void aRangePastTheEndGets416WithTheLengthAndNoBody() throws Exception {
        HttpResponse<byte[]> response = get("/search/pack-0.bin", "bytes=300-");
        assertThat(response.statusCode()).isEqualTo(416);
        assertThat(response.headers().firstValue("Content-Range")).contains("bytes */300");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void aPageIsRangedAsServedWithItsLiveReloadTag() throws Exception {
        byte[] served = get("/", null).body();
        assertThat(new String(served, StandardCharsets.UTF_8)).contains("live-reload.abcd1234.js");
        HttpResponse<byte[]> tail = get("/", "bytes=-14");
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.headers().firstValue("Content-Range"))
                .contains("bytes " + (served.length - 14) + "-" + (served.length - 1) + "/" + served.length);
        assertThat(new String(tail.body(), StandardCharsets.UTF_8)).isEqualTo("</body></html>");
    }

    @Test
    void notFoundPagesAndHeadRequestsIgnoreRanges() throws Exception {
        HttpResponse<byte[]> missing = get("/no/such/page/", "bytes=0-3");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Range")).isEmpty();
        assertThat(new String(missing.body(), StandardCharsets.UTF_8)).contains("Page not found");

        HttpResponse<byte[]> head = send("HEAD", "/search/pack-0.bin", "bytes=0-3");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(head.headers().firstValue("Content-Range")).isEmpty();
        assertThat(head.body()).isEmpty();
    }
}
