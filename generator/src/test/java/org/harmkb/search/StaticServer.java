package org.harmkb.search;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.harmkb.serve.FileResponse;

/**
 * A plain static file server for a built site on 127.0.0.1 (ES modules refuse {@code file://}): no
 * compression, {@code index.html} for folders, 404 for anything missing or outside the root, a single byte
 * {@code Range} of a GET answered with 206 (or 416) as static hosts do, or ignored (200, whole file) as a
 * few do. Serves a few requests at once, as a browser's parallel fetches expect, and keeps a log of them.
 */
final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json", "css", "text/css; charset=utf-8", "txt", "text/plain; charset=utf-8",
            "png", "image/png", "svg", "image/svg+xml", "wasm", "application/wasm");

    /**
     * What the server does with a {@code Range} header; GARBLED answers it from pack files with every
     * byte inverted, as a broken proxy or a partly overwritten deploy might.
     */
    enum Ranges { ANSWERED, IGNORED, GARBLED }

    private final HttpServer server;
    private final Ranges ranges;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Path root;

    StaticServer(Path root) throws IOException {
        this(root, Ranges.ANSWERED);
    }

    StaticServer(Path root, Ranges ranges) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.ranges = ranges;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.setExecutor(threads);
        server.start();
    }

    /** The base URL, ending in {@code /}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /**
     * Every request so far, in order of arrival: its path and any Range header, e.g.
     * {@code /search/pack-1a2b3c4d5e6f.bin bytes=0-99}.
     */
    List<String> requests() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String range = exchange.getRequestHeaders().getFirst("Range");
            log.add(exchange.getRequestURI().getRawPath() + (range == null ? "" : " " + range));
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
            String type = TYPES.getOrDefault(extension, "application/octet-stream");
            byte[] bytes = Files.readAllBytes(file);
            if (ranges == Ranges.GARBLED && extension.equals("bin")) {
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) ~bytes[i];
                }
            }
            if (ranges != Ranges.IGNORED) {
                FileResponse.send(exchange, type, bytes);
            } else {
                FileResponse.send(exchange, 200, type, bytes);
            }
        }
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
