package org.harmkb.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Consumer;
import org.harmkb.pipeline.BuildCache;
import org.harmkb.pipeline.BuildOptions;
import org.harmkb.pipeline.BuildProgress;
import org.harmkb.pipeline.BuildResult;
import org.harmkb.pipeline.SiteBuilder;
import org.harmkb.config.ConfigLoader;
import org.harmkb.config.SiteConfig;
import org.harmkb.diagnostic.Diagnostic;
import org.harmkb.diagnostic.DiagnosticJson;
import org.harmkb.diagnostic.InternalErrors;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.JsonText;
import org.harmkb.output.OutputChanges;
import org.harmkb.output.ThemeAssets;

/**
 * {@code kb serve}: builds the site, serves it, watches the sources and rebuilds incrementally after each
 * change, then tells open pages to reload — or, when the build fails, shows its diagnostics in the terminal
 * and as an overlay in the browser while the last good site stays served.
 *
 * <p>Rebuilds run one at a time on one thread. Changes arriving during a build are collected and build
 * once more afterwards; a burst of events (an editor's save is often several) waits {@link #QUIET_MILLIS}
 * of silence first.
 */
public final class ServeSession implements AutoCloseable {

    /** How long the sources must stay still before a rebuild starts. */
    static final long QUIET_MILLIS = 15;

    /** How long the sources must stay still before a changed search index is built. */
    static final long INDEX_AFTER_QUIET_MILLIS = 1_500;

    /** How long {@link #close()} waits for a build or an index build under way to finish. */
    private static final long CLOSE_WAIT_MILLIS = 60_000;

    /** Output files no page displays or loads. */
    private static final Set<String> UNSEEN_FILES = Set.of("sitemap.xml", "feed.xml", "robots.txt", "_headers");

    /**
     * Silent no-change rebuilds right after start-up, so the author's first edit is already fast: the JIT keeps
     * speeding the incremental path up over its first ten or so runs. At 10,000 articles twelve of them (about
     * 2 s, while the author opens the browser) took the rebuilds' p95 from 236 and 255 ms to 190 and 213 ms
     * against two, in two alternating runs each. An edit ends the warm-up at once.
     */
    static final int WARM_UP_BUILDS = 12;

    /** The most the warm-up takes in all, so a very large site does not keep the cores busy for long. */
    static final long WARM_UP_MILLIS = 3_000;

    /** The live-reload script among the theme's assets; a theme without it simply gets no live reload. */
    static final String LIVE_RELOAD_ASSET = "live-reload.js";

    /**
     * @param host where to listen; {@code 127.0.0.1} unless the author asks for another interface
     * @param port    0 picks a free port
     * @param timings print each build's stage timings (as {@code build --timings} does) to the error stream
     */
    public record Settings(BuildOptions options, String host, int port, boolean quiet, boolean timings) {

        public Settings(BuildOptions options, String host, int port, boolean quiet) {
            this(options, host, port, quiet, false);
        }
    }

    /** The config has errors (already printed), so there is nothing to know what to serve or watch from. */
    public static final class ConfigUnreadable extends IOException {
        ConfigUnreadable() {
            super("the config file has errors; fix them and start serve again");
        }
    }

    private final Settings settings;
    private final PrintWriter out;
    private final PrintWriter err;
    private final SiteBuilder builder;
    private final LiveReload liveReload = new LiveReload(UUID.randomUUID().toString());
    private final Object lock = new Object();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final List<Consumer<BuildResult>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private DevServer server;
    private SourceWatcher watcher;
    private volatile Thread rebuilder;
    /** The background thread while it computes deferred work ahead; a save interrupts it. Guarded by lock. */
    private Thread computingAhead;
    private boolean pending;
    private long lastRequest;
    /** Paths the watcher reported since the last build began; null once it lost events. */
    private Set<Path> changedPaths = new HashSet<>();
    private final BuildCache cache = BuildCache.create();
    private final ForkJoinPool background = backgroundPool();
    /** What {@link #site} made last, for the config it was made for; used by the rebuild thread only. */
    private DevServer.Site servedSite;
    private SiteConfig servedConfig;
    private volatile boolean closed;

    private ServeSession(Settings settings, PrintWriter out, PrintWriter err) {
        this.settings = settings;
        this.out = out;
        this.err = err;
        this.builder = new SiteBuilder(cache, BuildProgress.NONE);
        // Pages first: a changed search index is built beside the next rebuilds and written by one of them.
        cache.deferSlowWork(true);
    }

    /**
     * Builds once, then starts serving and watching. A failed first build still starts the server: the
     * browser shows the errors, and the next change builds again.
     *
     * @throws ConfigUnreadable when the config file cannot be loaded
     * @throws IOException       when the address cannot be listened on (e.g. the port is taken)
     */
    public static ServeSession start(Settings settings, PrintWriter out, PrintWriter err) throws IOException {
        ServeSession session = new ServeSession(settings, out, err);
        Optional<SiteConfig> configured = session.loadConfig();
        if (configured.isEmpty()) {
            session.rebuild(true);
            throw new ConfigUnreadable();
        }
        SiteConfig config = configured.get();
        // Watching starts before the first build, so an edit saved while it runs still triggers a rebuild.
        session.watcher = SourceWatcher.start(List.of(config.contentDir(), config.themeDir()), settings.options().configFile(),
                config.outputDir(), session::requestBuild);
        try {
            config = session.rebuild(true).orElse(config);
            session.server = DevServer.start(new InetSocketAddress(settings.host(), settings.port()), session.site(config),
                    session.liveReload);
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
        session.rebuilder = new Thread(session::rebuildLoop, "kb-rebuild");
        session.rebuilder.setDaemon(true);
        session.rebuilder.start();
        return session;
    }

    /** The address pages are served at, base path included, e.g. {@code http://127.0.0.1:8080/kb/}. */
    public URI siteAddress() {
        InetSocketAddress address = server.address();
        String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getHostString();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + address.getPort() + server.site().basePath());
    }

    /** Calls {@code listener} after every rebuild (not the first build), on the rebuild thread. */
    public void onRebuilt(Consumer<BuildResult> listener) {
        listeners.add(listener);
    }

    /** How many open pages are listening for reloads. */
    int liveReloadClients() {
        return liveReload.clientCount();
    }

    /** Blocks until {@link #close()} is called (by a shutdown hook on Ctrl+C, say). */
    public void awaitClose() throws InterruptedException {
        stopped.await();
    }

    /** Asks for a rebuild; called by the watcher for every relevant change (null: anything may have changed). */
    void requestBuild(Path changed) {
        synchronized (lock) {
            if (changed == null) {
                changedPaths = null;
            } else if (changedPaths != null) {
                changedPaths.add(changed);
            }
            pending = true;
            lastRequest = System.nanoTime();
            if (computingAhead != null) {
                // The save's rebuild should have both cores; the deferred work starts over once edits pause.
                computingAhead.interrupt();
            }
            lock.notifyAll();
        }
    }

    private void rebuildLoop() {
        try {
            try {
                warmUp();
                scheduleDeferredWork();
            } catch (RuntimeException | Error e) {
                reportCrash(e);
            }
            while (!closed) {
                synchronized (lock) {
                    while (!pending && !closed) {
                        lock.wait();
                    }
                    long quietNanos = QUIET_MILLIS * 1_000_000;
                    long waited;
                    while (!closed && (waited = System.nanoTime() - lastRequest) < quietNanos) {
                        long remaining = quietNanos - waited;
                        lock.wait(remaining / 1_000_000, (int) (remaining % 1_000_000));
                    }
                    pending = false;
                }
                try {
                    if (!closed) {
                        rebuild(false).ifPresent(config -> server.setSite(site(config)));
                    }
                    scheduleDeferredWork();
                } catch (RuntimeException | Error e) {
                    // Whatever fails here, the loop must live on to handle the next save.
                    reportCrash(e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many garbage collections the JVM has run, and their total time in milliseconds. */
    private static long[] collections() {
        long[] total = new long[2];
        for (java.lang.management.GarbageCollectorMXBean bean : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            total[0] += Math.max(0, bean.getCollectionCount());
            total[1] += Math.max(0, bean.getCollectionTime());
        }
        return total;
    }

    /**
     * After a rebuild that left the search index for later: builds it on the background thread, then asks
     * for a rebuild, which writes it and tells the search page. A save meanwhile stops that work (it would
     * take one of the two cores from the save's rebuild for seconds) and it starts again once edits pause.
     */
    private void scheduleDeferredWork() {
        if (closed || !builder.leftWorkUndone()) {
            return;
        }
        background.execute(() -> {
            try {
                // The interrupt of a save that stopped the last task (or came after its last checkpoint) stays set
                // until here, so the stopped work's leftover parallel tasks, run after it, stop too.
                Thread.interrupted();
                boolean computed = false;
                if (waitForQuiet()) {
                    try {
                        computed = builder.computeDeferredWork();
                    } finally {
                        synchronized (lock) {
                            computingAhead = null;
                        }
                    }
                }
                if (computed) {
                    synchronized (lock) {
                        pending = true;
                        lock.notifyAll();
                    }
                }
            } catch (RuntimeException e) {
                // Closing interrupts an index build under way (Lucene says so with an exception): nothing to report.
                if (!closed) {
                    throw e;
                }
            }
        });
    }

    /**
     * Where the deferred slow work runs: a pool of one daemon thread. The index build's parallel streams then
     * run on this pool rather than on the common pool, which on two cores has a single worker: there a slice
     * of the index, seconds long, would hold up the next rebuild's pages, which must be on disk in 200 ms.
     */
    static ForkJoinPool backgroundPool() {
        return new ForkJoinPool(1, pool -> {
            ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            thread.setName("kb-search-index");
            return thread;
        }, null, false);
    }

    /**
     * Waits until no rebuild has been asked for during {@link #INDEX_AFTER_QUIET_MILLIS}: an index build
     * takes seconds on both cores, and an author saving again and again should not wait for it.
     *
     * @return false when the session closed meanwhile; when true, the calling thread is the one computing
     *         ahead, which the next save interrupts ({@link #requestBuild})
     */
    private boolean waitForQuiet() {
        long quietNanos = INDEX_AFTER_QUIET_MILLIS * 1_000_000;
        synchronized (lock) {
            try {
                while (!closed) {
                    long idle = System.nanoTime() - lastRequest;
                    if (!pending && idle >= quietNanos) {
                        break;
                    }
                    lock.wait(Math.max(1, (pending ? quietNanos : quietNanos - idle) / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (!closed) {
                computingAhead = Thread.currentThread();
            }
            return !closed;
        }
    }

    /**
     * Runs the incremental path a few times before the author's first edit: its code is not the first full
     * build's, and until the JIT has compiled it the first rebuilds take twice as long. A warm-up build that
     * finds nothing to do stays silent; one that finds a change (an edit during start-up) reports as usual.
     */
    private void warmUp() {
        long start = System.nanoTime();
        for (int i = 0; i < WARM_UP_BUILDS && !closed && System.nanoTime() - start < WARM_UP_MILLIS * 1_000_000; i++) {
            synchronized (lock) {
                if (pending) {
                    return;
                }
            }
            tellCacheWhatChanged();
            BuildResult result = builder.build(settings.options());
            if (!result.succeeded() || !result.changes().isEmpty()) {
                report(result, false);
                publish(result).ifPresent(config -> server.setSite(site(config)));
            }
        }
    }

    /** Builds, reports, and tells the pages; returns the config when the build succeeded. */
    private Optional<SiteConfig> rebuild(boolean first) {
        try {
            if (!first) {
                tellCacheWhatChanged();
            }
            long[] collectedBefore = collections();
            BuildResult result = builder.build(settings.options());
            report(result, first);
            if (settings.timings()) {
                long[] collected = collections();
                err.println(String.format(java.util.Locale.ROOT, "timing  %-16s  %d collections, %d ms", "gc during build",
                        collected[0] - collectedBefore[0], collected[1] - collectedBefore[1]));
                err.flush();
            }
            return publish(result);
        } catch (RuntimeException | Error e) {
            reportCrash(e);
            return Optional.empty();
        }
    }

    /**
     * A bug in a stage, or the JVM giving up (a stack overflow, memory), must not end the session: says so in
     * the terminal and the browser overlay, keeps serving the last good site, and makes the next save rebuild
     * everything.
     */
    private void reportCrash(Throwable e) {
        cache.reset();
        synchronized (lock) {
            changedPaths = null;
        }
        InternalErrors.report(e, err, InternalErrors.temporaryFolder(), false);
        err.println("still serving the last good site; save a file to rebuild");
        err.flush();
        String data = diagnosticsJson(List.of(Diagnostic.error("(generator)", 0, 0, "internal error: " + e,
                "this is a bug in the generator; please report it. Save a file to rebuild")), "Rebuild failed");
        liveReload.setState("diagnostics", data);
        liveReload.send("diagnostics", data);
    }

    /**
     * Hands the watcher's paths since the last build to the cache, which then skips walking the content
     * folder and checking files nobody touched; after lost events the build checks everything.
     */
    private void tellCacheWhatChanged() {
        synchronized (lock) {
            if (changedPaths == null) {
                cache.expectAnyChanges();
            } else {
                cache.expectChanges(changedPaths);
            }
            changedPaths = new HashSet<>();
        }
    }

    /** Tells open pages about a finished build; returns the config when it succeeded. */
    private Optional<SiteConfig> publish(BuildResult result) {
        if (!result.succeeded()) {
            String data = diagnosticsJson(result.diagnostics(), result.summary("Rebuilt", "Rebuild"));
            liveReload.setState("diagnostics", data);
            liveReload.send("diagnostics", data);
            listeners.forEach(listener -> listener.accept(result));
            return Optional.empty();
        }
        Optional<SiteConfig> config = loadConfig();
        liveReload.setState(null, null);
        config.ifPresent(c -> liveReload.send("reload", reloadJson(result.changes(), c.basePath())));
        listeners.forEach(listener -> listener.accept(result));
        return config;
    }

    private void report(BuildResult result, boolean first) {
        for (Diagnostic diagnostic : result.diagnostics()) {
            if (first || diagnostic.isError()) {
                err.println(diagnostic.format());
            }
        }
        err.flush();
        if (settings.quiet() && result.succeeded() && !first) {
            return;
        }
        String changed = result.changes().everything() ? "" : "; " + result.changes().files().size()
                + (result.changes().files().size() == 1 ? " file changed" : " files changed");
        out.println((first ? result.summary("Built", "Build") : result.summary("Rebuilt", "Rebuild"))
                + (result.succeeded() && !first ? changed : "")
                + (result.succeeded() ? "" : "; still serving the last good site"));
        out.flush();
        if (settings.timings()) {
            result.timings().lines().forEach(err::println);
            err.flush();
        }
    }

    private Optional<SiteConfig> loadConfig() {
        return ConfigLoader.load(settings.options().configFile(), new Diagnostics()).map(settings.options()::apply);
    }

    private DevServer.Site site(SiteConfig config) {
        // Reading the theme's assets again takes ~15 ms at every rebuild; a theme change makes a full build.
        DevServer.Site kept = servedSite;
        if (kept != null && !cache.isFullBuild() && config.equals(servedConfig)) {
            return kept;
        }
        Optional<String> script = ThemeAssets.read(config.themeDir(), new Diagnostics())
                .sitePathOf(LIVE_RELOAD_ASSET).map(config::href);
        servedConfig = config;
        servedSite = new DevServer.Site(config.outputDir(), config.basePath(), script);
        return servedSite;
    }

    /**
     * {@code {"all":false,"pages":["/kb/guides/first/"]}}: the page URLs whose files changed; a changed
     * search index counts as a change of the search page, which fetches it; {@code all} when a change (an
     * asset, an image, a full rebuild) can affect every page. Files no page shows (sitemap, feed, robots,
     * host headers) change nothing on screen.
     */
    static String reloadJson(OutputChanges changes, String basePath) {
        boolean all = changes.everything();
        Set<String> pages = new TreeSet<>();
        for (String file : changes.files()) {
            if (file.equals("index.html")) {
                pages.add(basePath);
            } else if (file.endsWith("/index.html")) {
                pages.add(basePath + file.substring(0, file.length() - "index.html".length()));
            } else if (file.endsWith(".html")) {
                pages.add(basePath + file);
            } else if (file.startsWith("search/")) {
                pages.add(basePath + "search/");
            } else if (!UNSEEN_FILES.contains(file)) {
                all = true;
            }
        }
        List<String> quoted = new ArrayList<>();
        pages.forEach(page -> quoted.add(JsonText.quote(page)));
        return "{\"all\":" + all + ",\"pages\":[" + String.join(",", quoted) + "]}";
    }

    static String diagnosticsJson(List<Diagnostic> diagnostics, String summary) {
        return "{\"summary\":" + JsonText.quote(summary) + ",\"diagnostics\":" + DiagnosticJson.array(diagnostics) + "}";
    }

    @Override
    public void close() {
        closed = true;
        synchronized (lock) {
            lock.notifyAll();
        }
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            // Closing a watch service does not fail in a way worth reporting at shutdown.
        }
        if (server != null) {
            server.close();
        }
        // A build under way (a warm-up, say) finishes before close returns: it writes to the output folder,
        // which the caller may be about to delete.
        try {
            if (rebuilder != null && rebuilder != Thread.currentThread()) {
                rebuilder.join(CLOSE_WAIT_MILLIS);
            }
            background.shutdownNow();
            background.awaitTermination(CLOSE_WAIT_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopped.countDown();
    }
}
