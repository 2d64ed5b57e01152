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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.harmkb.serve.FileResponse;

/**
 * Serves a built site on 127.0.0.1 as a static host would: {@code index.html} for folders, content types by
 * extension, {@code 404.html} for missing pages, the headers from the site's own {@code _headers} file, and a
 * single byte {@code Range} of a GET answered with 206 (or 416). Requests cannot leave the site folder. Serves a
 * few requests at once, as a browser's parallel fetches expect.
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
            if (status == 200) {
                FileResponse.send(exchange, type, body);
            } else {
                FileResponse.send(exchange, status, type, body);
            }
        }
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
