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
 * compression, {@code index.html} for folders, 404 for anything missing or outside the root, and a
 * {@code Range} of a GET answered as one of the kinds of host in {@link Ranges} would. Serves a few requests
 * at once, as a browser's parallel fetches expect, and keeps a log of them.
 */
final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json", "css", "text/css; charset=utf-8", "txt", "text/plain; charset=utf-8",
            "png", "image/png", "svg", "image/svg+xml", "wasm", "application/wasm");

    /** What the server does with a {@code Range} header. */
    enum Ranges {
        /** One range with 206, several with one multipart 206, as nginx, Apache and Caddy do. */
        ANSWERED,
        /** One range with 206; several get the whole file with 200, as S3 and Cloudflare R2 do. */
        WHOLE_FOR_SEVERAL,
        /** One range with 206; several are refused with 416, as Varnish (and CDNs built on it) does. */
        REFUSE_SEVERAL,
        /** One range with 206; of several, only the first is sent, as some small servers do. */
        FIRST_ONLY,
        /**
         * Several ranges answered for the range probe but refused with 416 for pack files, as a host with
         * different rules for different files might: the client learns only when a pack request fails.
         */
        PROBE_ONLY,
        /** Range is ignored: always the whole file with 200. */
        IGNORED,
        /** As ANSWERED, but pack files come with every byte inverted, as a broken proxy or a partly overwritten deploy might. */
        GARBLED
    }

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
            boolean several = range != null && range.contains(",");
            switch (ranges) {
                case IGNORED -> FileResponse.send(exchange, 200, type, bytes);
                case WHOLE_FOR_SEVERAL -> FileResponse.send(exchange, type, bytes, several ? null : range);
                case REFUSE_SEVERAL, PROBE_ONLY -> {
                    if (several && (ranges == Ranges.REFUSE_SEVERAL || extension.equals("bin"))) {
                        exchange.getResponseHeaders().set("Content-Range", "bytes */" + bytes.length);
                        exchange.sendResponseHeaders(416, -1);
                    } else {
                        FileResponse.send(exchange, type, bytes, range);
                    }
                }
                case FIRST_ONLY -> FileResponse.send(exchange, type, bytes, several ? range.substring(0, range.indexOf(',')) : range);
                default -> FileResponse.send(exchange, type, bytes);
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
