// Measures, in headless Chromium on one static server, what a reader's browser fetches and waits for
// with our search and with Pagefind over the same built site (for bench/pagefind-compare.sh):
// bytes of a cold query showing 10 results with excerpts, bytes of a second query, and query latency
// p50/p95 after load (ours: every fetch the search page makes for a query, see OURS_QUERY_FETCHES).
// Requests are counted as the server sees them (Pagefind fetches from a web worker,
// which the page's performance.getEntriesByType('resource') does not list). Bytes count each response
// body at its gzip size (hosts serve text gzipped; Pagefind's files and our pack segments are compressed
// already, so the smaller of the two is taken). The server behaves like a static host: it answers byte
// ranges as nginx does (one range with 206, several in one multipart 206), serves requests in parallel,
// and sends without Nagle's delay (the JDK server
// otherwise adds about 40 ms to every response on loopback). A real static host is never cold, so before
// anything is timed the server answers a few thousand range requests to both indexes' files, which
// JIT-compiles its own code (cold, it answered each of the first few hundred requests about 2 ms later).
// Latency is taken over three passes, each on a freshly loaded page with a fresh index object, so each
// pass starts with the browser's JavaScript engine cold for that page, as a reader's first query does.
// Ours is measured on three kinds of host: that server; one answering several ranges with the whole file, as S3
// does (Varnish refuses them with 416; either way our client's probe then asks for one range a request); and one
// that ignores Range and always sends the whole file (HTTP 200), as some simple hosts and proxies do. Pagefind
// asks for no ranges, so it is measured once.
//
// Without a pagefind/ folder in SITE_DIR only ours is measured (Pagefind's columns print as NaN).
//
//   java -cp "CLASSPATH" bench/pagefind-measure.java SITE_DIR [several,one,none]
//
// Environment: BENCH_VERBOSE=1 lists the cold query's requests and each pass's latencies in order;
// BENCH_PASSES=n and BENCH_QUERIES=k time n passes of each pass's first k queries (the fresh page's tail);
// BENCH_JIT_WARM=1 is a diagnosis (see below).

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.harmkb.serve.ByteRange;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

class PagefindMeasure {

    static Path site;
    /** Every path the server was asked for, in order: counts worker fetches too, which resource timing misses. */
    static final List<String> requested = Collections.synchronizedList(new ArrayList<>());
    /** Per request (path, plus the range when there was one): the body bytes served. */
    static final Map<String, byte[]> served = new java.util.concurrent.ConcurrentHashMap<>();
    static final Map<Path, byte[]> files = new java.util.concurrent.ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        site = Path.of(args[0]).toAbsolutePath();
        List<String> queries = queries(site, 42);
        Files.writeString(site.resolve("pagefind-bench.html"), "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>bench</title></head><body></body></html>");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", PagefindMeasure::serve);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
        server.setExecutor(threads);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        warmUp(base);
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        Path profile = Files.createTempDirectory("pagefind-bench-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        ChromeDriver driver = new ChromeDriver(options);
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
        try {
            String cold = queries.get(0);
            String second = queries.get(1);
            // BENCH_QUERIES=k times only each pass's first k queries (with BENCH_PASSES=n passes: the cold-code tail).
            List<String> latencyQueries = queries.subList(2, Math.min(queries.size(),
                    2 + Integer.parseInt(System.getenv().getOrDefault("BENCH_QUERIES", "40"))));

            // Ours: the real /search/ page on each kind of host asked for.
            Map<Host, Ours> ours = new java.util.EnumMap<>(Host.class);
            for (String kind : (args.length > 1 ? args[1] : "several,one,none").split(",")) {
                host = Host.valueOf(kind.trim().toUpperCase(java.util.Locale.ROOT));
                ours.put(host, measureOurs(driver, base, cold, second, latencyQueries));
            }

            // Pagefind: its JS API on a blank page, 10 results' data (with excerpts) as its UI loads them.
            boolean withPagefind = Files.isDirectory(site.resolve("pagefind"));
            Object pfColdResults = "not measured";
            Object pfSecondResults = "not measured";
            List<String> pfCold = List.of();
            List<String> pfSecond = List.of();
            List<List<Double>> pfLatency = Collections.nCopies(PASSES, List.of(Double.NaN));
            if (withPagefind) {
                driver.get(base + "pagefind-bench.html");
                requested.clear();
                pfColdResults = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "import('/pagefind/pagefind.js').then(async (pf) => { window.pf = pf; await pf.init();"
                        + "const s = await pf.search(arguments[0]); await Promise.all(s.results.slice(0, 10).map(r => r.data()));"
                        + "return s.results.length; }).then(done, e => done('ERROR ' + e));", cold);
                pfCold = fetched("/pagefind/");
                requested.clear();
                pfSecondResults = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "(async () => { const s = await window.pf.search(arguments[0]);"
                        + "await Promise.all(s.results.slice(0, 10).map(r => r.data())); return s.results.length; })()"
                        + ".then(done, e => done('ERROR ' + e));", second);
                pfSecond = fetched("/pagefind/");
                pfLatency = latencyPasses(driver, base + "pagefind-bench.html",
                        "const pf = await import('/pagefind/pagefind.js'); await pf.init();"
                        + "const out = []; for (const q of args[0]) { const t = performance.now();"
                        + "const s = await pf.search(q); await Promise.all(s.results.slice(0, 10).map(r => r.data()));"
                        + "out.push(performance.now() - t); } return out;", latencyQueries);
            }

            System.out.printf("queries: cold '%s' (ours %d results shown, Pagefind %s found), second '%s' (Pagefind %s found),"
                    + " %d latency queries in each of %d passes%n",
                    cold, ours.values().iterator().next().coldResults(), pfColdResults, second, pfSecondResults,
                    latencyQueries.size(), PASSES);
            for (Map.Entry<Host, Ours> entry : ours.entrySet()) {
                System.out.println("  on a host " + entry.getKey().description + ":");
                Ours oursOn = entry.getValue();
                if (System.getenv("BENCH_VERBOSE") != null) {
                    oursOn.coldLog().forEach(r -> System.out.println("    cold request " + r));
                }
                row("cold query: requests", oursOn.cold().size(), pfCold.size());
                row("cold query: KB raw", kb(oursOn.coldRaw()), kb(raw(pfCold)));
                row("cold query: KB gzip", kb(oursOn.coldGzip()), kb(gzip(pfCold)));
                row("second query: requests", oursOn.second().size(), pfSecond.size());
                row("second query: KB gzip", kb(oursOn.secondGzip()), kb(gzip(pfSecond)));
                row("latency p50 ms", percentile(pooled(oursOn.latency()), 50), percentile(pooled(pfLatency), 50));
                row("latency p95 ms", percentile(pooled(oursOn.latency()), 95), percentile(pooled(pfLatency), 95));
                int latencyQueryCount = PASSES * latencyQueries.size();
                System.out.printf("  %-24s ours %4.2f requests, %.1f KB raw a query (pack files only)%n", "latency queries",
                        (double) oursOn.latencyPackRequests() / latencyQueryCount, kb(oursOn.latencyPackBytes()) / latencyQueryCount);
                for (int pass = 0; pass < PASSES; pass++) {
                    if (System.getenv("BENCH_VERBOSE") != null) {
                        System.out.println("    pass " + (pass + 1) + " latencies in order: " + oursOn.latency().get(pass).stream()
                                .map(v -> String.format(java.util.Locale.ROOT, "%.1f", v)).toList());
                    }
                    System.out.printf("  %-24s ours %4.1f / %4.1f   pagefind %6.1f / %6.1f%n", "  pass " + (pass + 1) + " p50 / p95",
                            percentile(oursOn.latency().get(pass), 50), percentile(oursOn.latency().get(pass), 95),
                            percentile(pfLatency.get(pass), 50), percentile(pfLatency.get(pass), 95));
                }
            }
        } finally {
            driver.quit();
            server.stop(0);
            threads.shutdownNow(); // its threads would otherwise keep this JVM, and the compare script, running
            Files.deleteIfExists(site.resolve("pagefind-bench.html"));
        }
    }

    static final int PASSES = Integer.parseInt(System.getenv().getOrDefault("BENCH_PASSES", "3"));

    /** How a static host answers Range requests. */
    enum Host {
        SEVERAL("answering several ranges in one response (nginx, Apache, Caddy, serve)"),
        ONE("answering one range per request (S3; Varnish-based CDNs)"),
        NONE("ignoring Range: every request gets the whole file with HTTP 200");

        final String description;

        Host(String description) {
            this.description = description;
        }
    }

    static volatile Host host = Host.SEVERAL;

    /** Our search on one kind of host: the cold and second queries' requests, and latency per pass. */
    /**
     * The byte counts are taken as soon as a host's run ends: the server keeps one body per request, and the
     * next kind of host answers the same request (path and range) with other bytes.
     */
    record Ours(List<String> cold, int coldResults, List<String> second, List<List<Double>> latency, long coldRaw,
            long coldGzip, long secondGzip, List<String> coldLog, int latencyPackRequests, long latencyPackBytes) {
    }

    static Ours measureOurs(ChromeDriver driver, String base, String cold, String second, List<String> latencyQueries)
            throws IOException {
        requested.clear();
        driver.get(base + "search/?q=" + cold);
        awaitStatus(driver, cold);
        List<String> oursCold = fetched("/search/", "/assets/search");
        int oursColdResults = driver.findElements(By.cssSelector("#search-results > li")).size();
        requested.clear();
        driver.executeScript("const i = document.getElementById('search-input'); i.value = arguments[0];"
                + "i.dispatchEvent(new Event('input'));", second);
        awaitStatus(driver, second);
        List<String> oursSecond = fetched("/search/", "/assets/search");
        String engine;
        try (Stream<Path> assets = Files.list(site.resolve("assets"))) {
            engine = "/assets/" + assets.map(a -> a.getFileName().toString())
                    .filter(n -> n.matches("search-engine\\.[0-9a-f]{8}\\.js")).findFirst().orElseThrow();
        }
        int before = requested.size();
        // BENCH_JIT_WARM=1 (a diagnosis, not a figure to report): each pass first runs its queries untimed on another
        // index, so the timed index starts with no data but with the browser's code warm (its requests are counted too).
        String jitWarm = System.getenv("BENCH_JIT_WARM") == null ? "" : "{ const index = new e.SearchIndex('/search/'); await index.load();"
                + "for (const q of args[0]) { " + OURS_QUERY_FETCHES + " } }";
        List<List<Double>> latency = latencyPasses(driver, base + "search/", "const e = await import('" + engine + "');" + jitWarm
                + "const index = new e.SearchIndex('/search/'); await index.load();"
                + "const out = []; for (const q of args[0]) { const t = performance.now();"
                + OURS_QUERY_FETCHES
                + "out.push(performance.now() - t); } return out;", latencyQueries);
        List<String> packs;
        synchronized (requested) {
            packs = requested.subList(before, requested.size()).stream().filter(r -> r.startsWith("/search/pack-")).toList();
        }
        List<String> log = oursCold.stream().map(r -> r + " " + served.get(r).length + " bytes").toList();
        return new Ours(oursCold, oursColdResults, oursSecond, latency, raw(oursCold), gzip(oursCold), gzip(oursSecond), log,
                packs.size(), packs.stream().mapToLong(r -> served.get(r).length).sum());
    }

    /**
     * Every fetch one query makes on the search page ({@code run} in search-page.js), for {@code q} with
     * {@code index}: the search, the documents of both lists (all the words; "Pages that match some of your
     * words"), and for a search that found nothing the near words and the pages they come from.
     */
    static final String OURS_QUERY_FETCHES = "const r = await index.search(q, 10);"
            + "await Promise.all(r.hits.concat(r.some.hits).map(h => index.document(h.doc)));"
            + "if (r.total === 0 && r.some.total === 0) {"
            + "  const near = await index.nearestTerms(q, 3); await Promise.all(near.map(n => index.document(n.doc))); }";

    /** Per pass, the latencies {@code body} measures on a freshly loaded {@code page}. */
    static List<List<Double>> latencyPasses(ChromeDriver driver, String page, String body, List<String> queries) {
        List<List<Double>> passes = new ArrayList<>();
        for (int pass = 0; pass < PASSES; pass++) {
            driver.get(page);
            passes.add(latencies(driver, body, queries));
        }
        return passes;
    }

    static List<Double> pooled(List<List<Double>> passes) {
        return passes.stream().flatMap(List::stream).toList();
    }

    /** Range requests across every index file of both engines, until the server's code is compiled. */
    static void warmUp(String base) throws IOException, InterruptedException {
        List<Path> indexFiles;
        Path pagefind = site.resolve("pagefind");
        try (Stream<Path> walk = Stream.concat(Files.walk(site.resolve("search")),
                Files.isDirectory(pagefind) ? Files.walk(pagefind) : Stream.empty())) {
            indexFiles = walk.filter(Files::isRegularFile).sorted().toList();
        }
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < 3000; i++) {
            Path file = indexFiles.get(i * 7919 % indexFiles.size());
            long size = Files.size(file);
            long start = size <= 1 ? 0 : i * 104729L % (size - 1);
            String path = "/" + site.relativize(file).toString().replace('\\', '/');
            client.send(java.net.http.HttpRequest.newBuilder(URI.create(base.substring(0, base.length() - 1) + path))
                    .header("Range", "bytes=" + start + "-" + Math.min(size - 1, start + 2047)
                            + (i % 3 == 0 && start > 0 ? ",0-0" : "")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
        }
        requested.clear();
        served.clear();
    }

    static void row(String name, double ours, double pagefind) {
        System.out.printf("  %-24s ours %10.1f   pagefind %10.1f   ratio %6.3f%n", name, ours, pagefind,
                pagefind == 0 ? Double.NaN : ours / pagefind);
    }

    static double kb(long bytes) {
        return bytes / 1024.0;
    }

    static void awaitStatus(ChromeDriver driver, String query) {
        new WebDriverWait(driver, Duration.ofMinutes(2))
                .until(d -> d.findElement(By.id("search-status")).getText().contains("“" + query + "”"));
    }

    /** The distinct files fetched since the log was cleared whose paths start with one of the prefixes. */
    static List<String> fetched(String... prefixes) {
        List<String> names;
        synchronized (requested) {
            names = new ArrayList<>(requested);
        }
        Set<String> out = new LinkedHashSet<>();
        for (String name : names) {
            for (String prefix : prefixes) {
                if (name.startsWith(prefix) && !name.endsWith("/")) {
                    out.add(name);
                }
            }
        }
        return new ArrayList<>(out);
    }

    @SuppressWarnings("unchecked")
    static List<Double> latencies(ChromeDriver driver, String body, List<String> queries) {
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const args = [arguments[0]]; (async () => { " + body + " })().then(done, e => done('ERROR ' + e));",
                queries);
        if (!(result instanceof List)) {
            throw new IllegalStateException(String.valueOf(result));
        }
        List<Double> out = new ArrayList<>();
        for (Object o : (List<Object>) result) {
            out.add(((Number) o).doubleValue());
        }
        return out;
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.max(0, index));
    }

    static long raw(List<String> requests) {
        long sum = 0;
        for (String r : requests) {
            sum += served.get(r).length;
        }
        return sum;
    }

    static long gzip(List<String> requests) throws IOException {
        long sum = 0;
        for (String r : requests) {
            byte[] bytes = served.get(r);
            sum += Math.min(bytes.length, gzipSize(bytes));
        }
        return sum;
    }

    static int gzipSize(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.size();
    }

    /** Query words from article titles, in a stable order: single words, then pairs. */
    static List<String> queries(Path site, int count) throws IOException {
        List<String> titles = new ArrayList<>();
        Pattern h1 = Pattern.compile("<h1>([^<]+)</h1>");
        try (Stream<Path> files = Files.walk(site)) {
            // Articles only (folder/slug/index.html): generated pages such as the A-Z index have one-word or stop-word titles.
            for (Path file : files.filter(f -> f.toString().endsWith("index.html") && site.relativize(f).getNameCount() == 3)
                    .sorted().limit(400).toList()) {
                Matcher m = h1.matcher(Files.readString(file));
                if (m.find() && m.group(1).split(" ").length >= 2) {
                    titles.add(m.group(1).toLowerCase());
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; out.size() < count && i < titles.size(); i++) {
            String[] words = titles.get(i).split(" ");
            out.add(i % 2 == 0 ? words[0] : words[0] + " " + words[1]);
        }
        return out;
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void serve(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            String range = exchange.getRequestHeaders().getFirst("Range");
            String request = range == null ? path : path + " " + range;
            Path file = site.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            Map<String, String> types = Map.of("html", "text/html", "js", "text/javascript", "json", "application/json",
                    "css", "text/css", "wasm", "application/wasm");
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
            exchange.getResponseHeaders().set("Content-Type", types.getOrDefault(ext, "application/octet-stream"));
            byte[] bytes = files.computeIfAbsent(file, PagefindMeasure::read);
            int status = 200;
            ByteRange.Outcome outcome = ByteRange.parse(host == Host.NONE ? null : range, bytes.length);
            if (outcome instanceof ByteRange.Partial partial) {
                exchange.getResponseHeaders().set("Content-Range", partial.contentRange());
                bytes = partial.range().slice(bytes);
                status = 206;
            } else if (outcome instanceof ByteRange.Multipart multipart && host == Host.SEVERAL) {
                String boundary = "b" + Long.toHexString(System.nanoTime());
                bytes = multipart.body(bytes, exchange.getResponseHeaders().getFirst("Content-Type"), boundary);
                exchange.getResponseHeaders().set("Content-Type", ByteRange.Multipart.contentType(boundary));
                status = 206;
            }
            served.put(request, bytes);
            requested.add(request);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
