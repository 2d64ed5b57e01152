package org.harmkb.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.harmkb.serve.FileResponse;

/**
 * Serves a built site on 127.0.0.1 as a static host would: {@code index.html} for folders, content types by
 * extension, {@code 404.html} for missing pages, the headers from the site's own {@code _headers} file, and a
 * single byte {@code Range} of a GET answered with 206 (or 416). Requests cannot leave the site folder. Serves a
 * few requests at once, as a browser's parallel fetches expect. On request it sends a page in two parts, as a
 * slow connection delivers it (see {@link #SPLIT}).
 */
final class StaticSiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "svg", "image/svg+xml",
            "png", "image/png", "xml", "application/xml", "txt", "text/plain; charset=utf-8");

    /** A query parameter that makes the server leave out a page's {@code <meta http-equiv="refresh">}. */
    static final String NO_REFRESH = "kb-no-refresh";

    /** Where test instrumentation may post a message with {@code navigator.sendBeacon}. */
    static final String BEACON = "/__test-beacon";

    /**
     * A query parameter, {@code kb-split=N}, that makes the server send an HTML page's first N bytes at once and
     * hold back the rest until the page posts its own query string to {@link #PAINTED} (the test's instrumentation
     * does so once a frame of the partial page has been painted), or until {@link #HOLD} milliseconds have passed,
     * whichever comes first.
     */
    static final String SPLIT = "kb-split";

    /** A query parameter: the longest a split page's second part is held back, in milliseconds. */
    static final String HOLD = "kb-hold";

    /** Where a split page reports that it has been painted, which releases the rest of it. */
    static final String PAINTED = "/__test-painted";

    private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();
    private final List<String> beacons = new ArrayList<>();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Path root;
    private final Map<String, String> headers;

    StaticSiteServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.headers = readHeaders(this.root.resolve("_headers"));
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** The server's origin, e.g. {@code http://127.0.0.1:34567}. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String url(String sitePath) {
        return origin() + sitePath;
    }

    /** Bodies posted to {@value #BEACON}, oldest first: how a test hears from a page that has been left. */
    List<String> beacons() {
        synchronized (beacons) {
            return List.copyOf(beacons);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (exchange.getRequestMethod().equals("POST") && exchange.getRequestURI().getPath().equals(BEACON)) {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                synchronized (beacons) {
                    beacons.add(body);
                }
                exchange.sendResponseHeaders(204, -1);
            }
            return;
        }
        if (exchange.getRequestMethod().equals("POST") && exchange.getRequestURI().getPath().equals(PAINTED)) {
            try (exchange) {
                CountDownLatch painted = held.get(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                if (painted != null) {
                    painted.countDown();
                }
                exchange.sendResponseHeaders(204, -1);
            }
            return;
        }
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file) || file.getFileName().toString().equals("_headers")) {
                file = root.resolve("404.html");
                status = 404;
            }
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : "Not found".getBytes(StandardCharsets.UTF_8);
            String name = file.getFileName().toString();
            String query = exchange.getRequestURI().getRawQuery();
            if (query != null && query.contains(NO_REFRESH) && name.endsWith(".html")) {
                // Lets a test inspect a redirect page itself instead of following it at once.
                body = new String(body, StandardCharsets.UTF_8).replaceAll("<meta http-equiv=\"refresh\"[^>]*>", "")
                        .getBytes(StandardCharsets.UTF_8);
            }
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            headers.forEach((key, value) -> exchange.getResponseHeaders().set(key, value));
            Map<String, String> parameters = parameters(query);
            if (status == 200 && name.endsWith(".html") && parameters.containsKey(SPLIT)) {
                sendInTwoParts(exchange, query, type, body, Integer.parseInt(parameters.get(SPLIT)),
                        Long.parseLong(parameters.getOrDefault(HOLD, "10000")));
            } else if (status == 200) {
                FileResponse.send(exchange, type, body);
            } else {
                FileResponse.send(exchange, status, type, body);
            }
        }
    }

    private void sendInTwoParts(HttpExchange exchange, String query, String type, byte[] body, int split, long holdMillis)
            throws IOException {
        CountDownLatch painted = new CountDownLatch(1);
        held.put(query, painted);
        try {
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body, 0, split);
            exchange.getResponseBody().flush();
            painted.await(holdMillis, TimeUnit.MILLISECONDS);
            exchange.getResponseBody().write(body, split, body.length - split);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            held.remove(query);
        }
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> out = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                out.put(equals < 0 ? pair : pair.substring(0, equals), equals < 0 ? "" : pair.substring(equals + 1));
            }
        }
        return out;
    }

    /** The headers of the {@code /*} rule of a Netlify-style {@code _headers} file. */
    private static Map<String, String> readHeaders(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        boolean inAllRule = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.startsWith(" ") && !line.isBlank()) {
                inAllRule = line.strip().equals("/*");
            } else if (inAllRule && line.contains(":")) {
                out.put(line.substring(0, line.indexOf(':')).strip(), line.substring(line.indexOf(':') + 1).strip());
            }
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
