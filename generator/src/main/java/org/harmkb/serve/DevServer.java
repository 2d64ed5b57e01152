package org.harmkb.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side of {@code serve}: serves the output folder exactly as a static host would (same URLs,
 * {@code index.html} for folders, the site's {@code 404.html} with status 404, correct content types),
 * plus the live-reload event stream at {@code /__kb/events}. HTML responses get one extra
 * {@code <script type="module">} tag for the live-reload script; the files on disk are not changed, so what
 * is served is what {@code build} writes. Never serves anything outside the output folder
 * ({@link RequestPaths}).
 */
final class DevServer implements AutoCloseable {

    /** Where the live-reload event stream is; outside any site path the generator writes. */
    static final String EVENTS_PATH = "/__kb/events";

    /** What the server currently serves; replaced after each build (the config may have changed). */
    record Site(Path outputDir, String basePath, Optional<String> liveReloadScriptHref) {
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final LiveReload liveReload;
    private volatile Site site;

    private DevServer(HttpServer server, ExecutorService threads, LiveReload liveReload, Site site) {
        this.server = server;
        this.threads = threads;
        this.liveReload = liveReload;
        this.site = site;
    }

    /** Listens on {@code address} (port 0 picks a free one) and starts serving. */
    static DevServer start(InetSocketAddress address, Site site, LiveReload liveReload) throws IOException {
        HttpServer server = HttpServer.create(address, 64);
        AtomicInteger count = new AtomicInteger();
        ExecutorService threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "kb-serve-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        DevServer devServer = new DevServer(server, threads, liveReload, site);
        devServer.allowedHosts = allowedHosts(address.getHostString(), server.getAddress().getPort());
        server.createContext("/", devServer::handle);
        server.setExecutor(threads);
        server.start();
        return devServer;
    }

    /**
     * The Host values answered: the loopback names and the address listened on, each with the port. Any
     * other name means a page on another origin reached this server through DNS rebinding; answering it
     * would let that page read the site and the live diagnostics (file paths) at {@link #EVENTS_PATH}.
     */
    static java.util.Set<String> allowedHosts(String boundHost, int port) {
        String bound = boundHost.contains(":") && !boundHost.startsWith("[") ? "[" + boundHost + "]" : boundHost;
        return java.util.Set.copyOf(java.util.List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port,
                bound.toLowerCase(java.util.Locale.ROOT) + ":" + port));
    }

    private java.util.Set<String> allowedHosts = java.util.Set.of();

    void setSite(Site site) {
        this.site = site;
    }

    Site site() {
        return site;
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (host == null || !allowedHosts.contains(host.toLowerCase(java.util.Locale.ROOT))) {
                // 421 Misdirected Request: this server does not answer for that name.
                exchange.sendResponseHeaders(421, -1);
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (EVENTS_PATH.equals(rawPath)) {
                liveReload.stream(exchange);
                return;
            }
            Site current = site;
            RequestPaths.Target target = RequestPaths.resolve(current.outputDir(), current.basePath(), rawPath);
            if (target instanceof RequestPaths.ServeFile file && !isHostConfiguration(file.file())) {
                sendFile(exchange, current, 200, file.file());
            } else if (target instanceof RequestPaths.Redirect redirect) {
                String query = exchange.getRequestURI().getRawQuery();
                exchange.getResponseHeaders().set("Location", redirect.location() + (query == null ? "" : "?" + query));
                exchange.sendResponseHeaders(301, -1);
            } else {
                sendNotFound(exchange, current);
            }
        }
    }

    /** A theme asset under its content-hashed name, e.g. {@code assets/style.3f9a1c2b.css}. */
    private static boolean isFingerprinted(Site current, Path file) {
        return file.startsWith(current.outputDir().resolve("assets"))
                && file.getFileName().toString().matches(".*\\.[0-9a-f]{8}(\\.[^.]+)?");
    }

    /** Netlify and Cloudflare Pages read these files but never serve them. */
    private static boolean isHostConfiguration(Path file) {
        String name = file.getFileName().toString();
        return name.equals("_headers") || name.equals("_redirects");
    }

    private void sendNotFound(HttpExchange exchange, Site current) throws IOException {
        Path notFound = current.outputDir().resolve("404.html");
        if (Files.isRegularFile(notFound)) {
            sendFile(exchange, current, 404, notFound);
            return;
        }
        FileResponse.send(exchange, 404, "text/plain; charset=utf-8",
                "Not found. (The site has no 404.html: has it been built?)\n".getBytes(StandardCharsets.UTF_8));
    }

    private void sendFile(HttpExchange exchange, Site current, int status, Path file) throws IOException {
        String type = ContentTypes.of(file.getFileName().toString());
        if (status == 200 && isFingerprinted(current, file)) {
            // A changed asset gets a new name, so a reload may reuse these and fetch only the page.
            exchange.getResponseHeaders().set("Cache-Control", "public, max-age=31536000, immutable");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            // Replaced or removed by a rebuild between resolving and reading: as a host would, say not found.
            FileResponse.send(exchange, 404, "text/plain; charset=utf-8", "Not found.\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (ContentTypes.isHtml(type) && current.liveReloadScriptHref().isPresent()) {
            bytes = LiveReloadTag.inject(bytes, current.liveReloadScriptHref().get());
        }
        if (status == 200) {
            FileResponse.send(exchange, type, bytes);
        } else {
            FileResponse.send(exchange, status, type, bytes);
        }
    }

    @Override
    public void close() {
        liveReload.close();
        server.stop(0);
        threads.shutdownNow();
    }
}
