// Where a query's time goes on a freshly loaded search page (for issue 19's latency tail): a DevTools CPU
// profile (CDP Profiler, 100 µs sampling) of each query, summed per function, for each page's first query
// and for its 5th to 9th queries, over PAGES fresh pages. Served as a host answering one range per request
// (several ranges get the whole file, as S3 does), so the client asks for one range a request.
//
//   java -cp "CLASSPATH:generator/target/classes" bench/pagefind-profile.java SITE_DIR [PAGES]
//
// CLASSPATH as for bench/pagefind-measure.java (BENCH_CLASSPATH in bench/pagefind-compare.sh). Give `uptime`
// with the figures: the first query's extra time is a few tens of ms, within the noise of a loaded machine.

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.harmkb.serve.ByteRange;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

class PagefindProfile {

    static Path site;

    public static void main(String[] args) throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        site = Path.of(args[0]).toAbsolutePath();
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        List<String> queries = queries(9);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", PagefindProfile::serve);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
        server.setExecutor(threads);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage");
        ChromeDriver driver = new ChromeDriver(options);
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
        String engine;
        try (Stream<Path> assets = Files.list(site.resolve("assets"))) {
            engine = "/assets/" + assets.map(a -> a.getFileName().toString())
                    .filter(n -> n.matches("search-engine\\.[0-9a-f]{8}\\.js")).findFirst().orElseThrow();
        }
        Map<String, Double> first = new HashMap<>();
        Map<String, Double> later = new HashMap<>();
        double firstMs = 0;
        double laterMs = 0;
        try {
            for (int page = 0; page < pages; page++) {
                driver.get(base + "search/");
                driver.executeAsyncScript("const done = arguments[arguments.length - 1]; import('" + engine + "').then(async (e) => {"
                        + "window.index = new e.SearchIndex('/search/'); await window.index.load(); })".concat(".then(done, done);"));
                for (int i = 0; i < queries.size(); i++) {
                    driver.executeCdpCommand("Profiler.enable", Map.of());
                    driver.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 100));
                    driver.executeCdpCommand("Profiler.start", Map.of());
                    Object ms = driver.executeAsyncScript("const done = arguments[arguments.length - 1]; const index = window.index;"
                            + "(async () => { const t = performance.now(); const r = await index.search(arguments[0], 10);"
                            + "await Promise.all(r.hits.concat(r.some.hits).map((h) => index.document(h.doc)));"
                            + "return performance.now() - t; })().then(done, (e) => done('ERROR ' + e));", queries.get(i));
                    Map<String, Object> profile = cast(driver.executeCdpCommand("Profiler.stop", Map.of()).get("profile"));
                    driver.executeCdpCommand("Profiler.disable", Map.of());
                    if (i == 0) {
                        firstMs += ((Number) ms).doubleValue();
                        addSelfTimes(profile, first);
                    } else if (i >= 4) {
                        laterMs += ((Number) ms).doubleValue();
                        addSelfTimes(profile, later);
                    }
                }
            }
        } finally {
            driver.quit();
            server.stop(0);
            threads.shutdownNow();
        }
        int laterCount = queries.size() - 4;
        System.out.printf("queries %s; %d fresh pages%n", queries, pages);
        report("first query", firstMs / pages, first, pages);
        report("queries 5 to 9, each", laterMs / (pages * laterCount), later, pages * laterCount);
    }

    static void report(String name, double meanMs, Map<String, Double> selfMs, int count) {
        System.out.printf("%s: mean %.1f ms; self time per function, ms per query:%n", name, meanMs);
        selfMs.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(16)
                .forEach(e -> System.out.printf("  %7.2f  %s%n", e.getValue() / count, e.getKey()));
    }

    /** Adds each sample's time to the function it was taken in (self time), in ms. */
    static void addSelfTimes(Map<String, Object> profile, Map<String, Double> out) {
        Map<Long, String> names = new HashMap<>();
        for (Object node : (List<?>) profile.get("nodes")) {
            Map<String, Object> n = cast(node);
            Map<String, Object> frame = cast(n.get("callFrame"));
            String url = String.valueOf(frame.get("url"));
            String function = String.valueOf(frame.get("functionName"));
            names.put(((Number) n.get("id")).longValue(), (function.isEmpty() ? "(anonymous)" : function)
                    + (url.isEmpty() ? "" : " " + url.substring(url.lastIndexOf('/') + 1) + ":" + frame.get("lineNumber")));
        }
        List<?> samples = (List<?>) profile.get("samples");
        List<?> deltas = (List<?>) profile.get("timeDeltas");
        for (int s = 0; s < samples.size(); s++) {
            out.merge(names.get(((Number) samples.get(s)).longValue()), ((Number) deltas.get(s)).doubleValue() / 1000, Double::sum);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Object o) {
        return (Map<String, Object>) o;
    }

    /** The bench's query words (as bench/pagefind-measure.java picks them), without its cold and second query. */
    static List<String> queries(int count) throws IOException {
        List<String> titles = new ArrayList<>();
        Pattern h1 = Pattern.compile("<h1>([^<]+)</h1>");
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith("index.html") && site.relativize(f).getNameCount() == 3)
                    .sorted().limit(400).toList()) {
                Matcher m = h1.matcher(Files.readString(file));
                if (m.find() && m.group(1).split(" ").length >= 2) {
                    titles.add(m.group(1).toLowerCase());
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; out.size() < count + 2 && i < titles.size(); i++) {
            String[] words = titles.get(i).split(" ");
            out.add(i % 2 == 0 ? words[0] : words[0] + " " + words[1]);
        }
        return out.subList(2, out.size());
    }

    static void serve(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = site.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String type = name.endsWith(".js") ? "text/javascript" : name.endsWith(".html") ? "text/html"
                    : name.endsWith(".json") ? "application/json" : name.endsWith(".css") ? "text/css" : "application/octet-stream";
            exchange.getResponseHeaders().set("Content-Type", type);
            byte[] bytes = Files.readAllBytes(file);
            int status = 200;
            if (ByteRange.parse(exchange.getRequestHeaders().getFirst("Range"), bytes.length) instanceof ByteRange.Partial partial) {
                exchange.getResponseHeaders().set("Content-Range", partial.contentRange());
                bytes = partial.range().slice(bytes);
                status = 206;
            }
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
