package org.harmkb.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.harmkb.content.ContentSet;
import org.harmkb.content.SourceCache;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostic;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.memo.Latest;
import org.harmkb.output.FileStamp;
import org.harmkb.output.OutputState;
import org.harmkb.memo.Memo;
import org.harmkb.memo.MemoStage;
import org.harmkb.memo.Memos;

/**
 * What a long-running process ({@code serve}) keeps from one build to the next so that a rebuild redoes
 * only work whose inputs changed, and still produces exactly the bytes a fresh build would.
 *
 * <p>The cache works at the pipeline's stage boundaries, keyed by the stages' own immutable values:
 * <ul>
 * <li><b>site key</b>: the config, the drafts option and the theme's file stamps. When it differs from the
 * previous build's, everything is dropped and the build is a full one.</li>
 * <li><b>sources</b>: a page read from a file whose stamp is unchanged is reused ({@link #sources()}).</li>
 * <li><b>memoised stages</b> ({@link #stage}): a page's result is reused while the page's input is equal and
 * the stage's site-wide input is equal to the previous build's; else the stage recomputes that page.</li>
 * <li><b>output</b>: which template models produced the files now on disk, so a page whose model is equal
 * is not rendered or written again ({@link OutputState}).</li>
 * <li><b>slow site-wide work</b> ({@link #latest}): a search index or related articles, reused while their
 * input is equal; {@code serve} may leave a changed one for {@link #computeDeferred} to build ahead.</li>
 * <li><b>state</b>: a session-long value made once per full build (the theme, the markdown renderer) in
 * {@link #state}.</li>
 * </ul>
 * Results that came with errors are never kept, so a failing page is always looked at again. A disabled
 * cache ({@link #disabled()}, what {@code build} and {@code check} use) keeps nothing and costs nothing.
 *
 * <p>One build at a time: {@link #begin} and {@link #end} bracket a build; in between, {@link Memo}s
 * and {@link #sources()} may be used from many threads.
 *
 * <p><b>Making a new stage incremental</b> (graph, search, lints…):
 * <ol>
 * <li>Declare a {@code MemoStage<S, I, O>} constant beside the work. Work that looks at one page goes through
 * {@code memos.stage(STAGE, () -> siteKey).apply(page key, input, …)} with everything that page's result
 * reads as {@code input} (the page's own record, identity-compared first) and everything site-wide it reads
 * in {@code siteKey} (a record, compared once per build). Stages outside {@code pipeline} take the
 * {@link Memos} interface this cache implements.</li>
 * <li>Work over the whole site (backlinks from per-page link lists, topic lists) is recomputed every build
 * and must stay linear in pages and links; build it from the per-page results, not by parsing pages again.</li>
 * <li>What reaches a template must be a value: records, lists, maps and strings with {@code equals}. A page
 * is re-rendered exactly when its model is not equal to last build's, so a value that is always new (an
 * object without {@code equals}, a timestamp) re-renders every page, and a value that hides a change (a
 * mutable object edited in place) leaves stale pages.</li>
 * <li>Slow work over the whole site (a Lucene index, related articles) goes through {@link #latest}, which
 * {@code serve} may let a build leave for {@link #computeDeferred}; it is dropped whenever the build is a
 * full one.</li>
 * <li>Prove it: the byte-for-byte test {@code IncrementalBuildTest} must keep passing with an edit that
 * exercises the stage.</li>
 * </ol>
 */
public final class BuildCache implements Memos {

    /**
     * What a build that used an entry writes into it, so that {@link #end} can drop the entries of pages the
     * build no longer had: a field write per page where a set of used keys cost a hash-set insertion (10,000
     * per stage and rebuild).
     */
    private abstract static class Used {
        volatile long build;

        Used(long build) {
            this.build = build;
        }
    }

    private static final class SourceEntry extends Used {
        final FileStamp stamp;
        final long readAt;
        final Optional<SourcePage> page;
        final List<Diagnostic> diagnostics;

        SourceEntry(FileStamp stamp, long readAt, Optional<SourcePage> page, List<Diagnostic> diagnostics, long build) {
            super(build);
            this.stamp = stamp;
            this.readAt = readAt;
            this.page = page;
            this.diagnostics = diagnostics;
        }
    }

    private static final class Entry extends Used {
        final Object input;
        final Object output;
        final List<Diagnostic> diagnostics;

        Entry(Object input, Object output, List<Diagnostic> diagnostics, long build) {
            super(build);
            this.input = input;
            this.output = output;
            this.diagnostics = diagnostics;
        }
    }

    private static final class StageEntries {
        Object siteKey;
        final Map<String, Entry> entries = new ConcurrentHashMap<>();
        /** What the last {@link #each} over this stage was given and gave; null once the entries were dropped. */
        volatile Each last;
        /** Whether this build ran the stage: one it skipped (its caller reused a result) keeps its entries. */
        volatile boolean ran;
    }

    /**
     * How often {@link #end} looks for the entries of deleted or renamed pages: a scan of every entry of every
     * stage costs ~8 ms at 10,000 pages, and until it runs such entries only take memory.
     */
    static final long SWEEP_EVERY = 16;

    private final boolean enabled;
    private Object siteKey;
    private boolean siteKeySettled;
    private boolean fullBuild = true;
    private final Map<Path, SourceEntry> sources = new ConcurrentHashMap<>();
    /** Counts builds; entries a build used carry its number. */
    private volatile long build;
    private final Map<String, StageEntries> stages = new ConcurrentHashMap<>();
    private final Map<Class<?>, Object> states = new ConcurrentHashMap<>();
    private final Map<Class<?>, Object> interned = new ConcurrentHashMap<>();
    private final Map<String, DeferredWork> deferred = new ConcurrentHashMap<>();
    private OutputState output;
    /** What the next build may assume changed (null: anything); set by {@link #expectChanges}. */
    private Set<Path> expected;
    /** What this build may assume changed (null: anything). */
    private volatile Set<Path> changed;
    private Path listedRoot;
    private List<Path> listing;
    /** The files of {@link #listing}, to look one up; null until needed. */
    private Set<Path> listedFiles;
    private Set<Path> listedFolders = Set.of();
    private volatile boolean deferSlowWork;
    /** The content the last build loaded, for {@link SourceCache#lastLoaded}; null when it may not be reused. */
    private volatile ContentSet lastContent;

    private BuildCache(boolean enabled) {
        this.enabled = enabled;
    }

    /** Keeps results between builds made with the same instance. */
    public static BuildCache create() {
        return new BuildCache(true);
    }

    /** Keeps nothing: every build is a full one. */
    public static BuildCache disabled() {
        return new BuildCache(false);
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * Starts a build of the site with this config (any value with {@code equals}), drafts option and theme.
     * Drops everything kept when one of them differs from the previous build's — or when a theme file was
     * written so shortly before the previous build that a second write could share its stamp.
     */
    void begin(Object config, boolean drafts, Path themeDir) {
        if (!enabled) {
            return;
        }
        long now = System.currentTimeMillis();
        List<FileStampAt> theme = themeStamps(themeDir);
        Object key = List.of(config, drafts, theme);
        fullBuild = !key.equals(siteKey) || !siteKeySettled;
        if (fullBuild) {
            sources.clear();
            stages.clear();
            states.clear();
            interned.clear();
            deferred.clear();
            output = null;
            listing = null;
            listedFiles = null;
            lastContent = null;
        }
        changed = fullBuild ? null : expected;
        expected = null;
        siteKey = key;
        siteKeySettled = theme.stream().allMatch(file -> file.stamp().map(s -> s.settledBefore(now)).orElse(true));
        build++;
        stages.values().forEach(stage -> stage.ran = false);
    }

    /**
     * Tells the cache that, since the previous build began, no file but {@code paths} (absolute) was
     * created, changed or deleted — as a file watcher reports it. The next build then neither walks the
     * content folder nor looks at the other files. Without this call (or after {@link #expectAnyChanges}),
     * a build checks every file's stamp. A watcher that may have missed events must not call it.
     */
    public void expectChanges(Set<Path> paths) {
        expected = Set.copyOf(paths);
    }

    /**
     * Forgets everything kept, so the next build is a full one: called after a build that ended in a
     * {@link Throwable}, whose half-updated entries cannot be trusted.
     */
    public void reset() {
        siteKey = null;
        expectAnyChanges();
    }

    /** The next build checks every file: nothing is known about what changed. */
    public void expectAnyChanges() {
        expected = null;
    }

    /**
     * Lets builds leave slow site-wide work (rebuilding the search index) for a follow-up build, so the
     * pages an author edits are on disk at once; {@code serve} turns it off for that follow-up.
     */
    public void deferSlowWork(boolean defer) {
        deferSlowWork = defer;
    }

    boolean defersSlowWork() {
        return enabled && deferSlowWork;
    }

    /** Whether the current build started from nothing (the first build, or the config or theme changed). */
    public boolean isFullBuild() {
        return !enabled || fullBuild;
    }

    /** Ends a build: every {@link #SWEEP_EVERY}th one forgets pages that this build no longer had. */
    void end() {
        if (!enabled || build % SWEEP_EVERY != 0) {
            return;
        }
        // Only memory is at stake: a stale entry's input never matches a new page.
        long current = build;
        sources.values().removeIf(entry -> entry.build != current);
        stages.values().stream().filter(stage -> stage.ran).forEach(stage -> {
            // each() reuses results without touching their entries: mark the entries of its last items used.
            Each last = stage.last;
            if (last != null) {
                for (String key : last.keys) {
                    Entry entry = key == null ? null : stage.entries.get(key);
                    if (entry != null) {
                        entry.build = current;
                    }
                }
            }
            stage.entries.values().removeIf(entry -> entry.build != current);
        });
    }

    /** The content loader's cache: a page read from a file whose stamp has not changed is reused. */
    SourceCache sources() {
        if (!enabled) {
            return SourceCache.NONE;
        }
        long current = build;
        Set<Path> known = changed;
        return new SourceCache() {
            @Override
            public Optional<SourcePage> read(Path file, BasicFileAttributes attributes, Diagnostics diagnostics,
                    BiFunction<Path, Diagnostics, Optional<SourcePage>> reader) {
                SourceEntry cached = sources.get(file);
                if (known != null && !known.contains(file) && cached != null && cached.stamp.settledBefore(cached.readAt)) {
                    cached.build = current;
                    diagnostics.reportAll(cached.diagnostics);
                    return cached.page;
                }
                return readChecked(file, attributes, diagnostics, reader, cached, current);
            }

            @Override
            public Optional<ContentSet> lastLoaded() {
                return Optional.ofNullable(lastContent);
            }

            @Override
            public void loaded(ContentSet content, boolean reusable) {
                lastContent = reusable ? content : null;
            }

            @Override
            public Optional<List<Path>> knownFiles(Path root) {
                return known == null ? Optional.empty() : updatedListing(root, known);
            }

            @Override
            public void walked(Path root, List<Path> files, boolean reusable) {
                listedRoot = root;
                listing = reusable ? List.copyOf(files) : null;
                listedFiles = null;
                listedFolders = new java.util.HashSet<>();
                for (Path file : files) {
                    for (Path folder = file.getParent(); folder != null && folder.startsWith(root); folder = folder.getParent()) {
                        if (!listedFolders.add(folder)) {
                            break;
                        }
                    }
                }
            }
        };
    }

    private Optional<SourcePage> readChecked(Path file, BasicFileAttributes attributes, Diagnostics diagnostics,
            BiFunction<Path, Diagnostics, Optional<SourcePage>> reader, SourceEntry cached, long current) {
        Optional<FileStamp> stamp = attributes == null ? FileStamp.of(file) : Optional.of(FileStamp.of(attributes));
            if (cached != null && stamp.isPresent() && stamp.get().equals(cached.stamp)
                    && cached.stamp.settledBefore(cached.readAt)) {
                cached.build = current;
                diagnostics.reportAll(cached.diagnostics);
                return cached.page;
            }
            long readAt = System.currentTimeMillis();
            Diagnostics own = new Diagnostics();
            Optional<SourcePage> page = reader.apply(file, own);
            List<Diagnostic> reported = replay(own, diagnostics);
            if (stamp.isPresent() && !own.hasErrors()) {
                sources.put(file, new SourceEntry(stamp.get(), readAt, page, reported, current));
            } else {
                sources.remove(file);
            }
            return page;
    }

    /**
     * The last walk's files under {@code root} with the known changes applied; empty when a change needs a
     * walk to understand (a folder created, deleted or renamed, a link) or there is no usable walk.
     */
    private Optional<List<Path>> updatedListing(Path root, Set<Path> known) {
        List<Path> previous = listing;
        if (previous == null || !root.equals(listedRoot)) {
            return Optional.empty();
        }
        Set<Path> files = null;
        boolean listingChanged = false;
        for (Path path : known) {
            if (!path.startsWith(root) || isIgnored(root, path)) {
                continue;
            }
            if (path.equals(root) || Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(path)) {
                return Optional.empty();
            }
            boolean regular = Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
            if (listedFiles == null) {
                listedFiles = new HashSet<>(previous);
            }
            if (files == null && regular && listedFiles.contains(path)) {
                continue; // an edit: the listing stays (copying 10,000 paths per save adds up)
            }
            if (files == null) {
                files = new LinkedHashSet<>(previous);
            }
            if (regular) {
                listingChanged |= files.add(path);
            } else if (files.remove(path)) {
                listingChanged = true;
            } else if (listedFolders.contains(path)) {
                return Optional.empty(); // a folder was deleted or renamed
            }
        }
        if (listingChanged) {
            listing = List.copyOf(files);
            listedFiles = null;
        }
        return Optional.of(listing);
    }

    /** As the content loader ignores them: a name in the path starting with {@code _} or {@code .}. */
    private static boolean isIgnored(Path root, Path path) {
        for (Path part : root.relativize(path)) {
            String name = part.toString();
            if (name.startsWith("_") || name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The memo of {@code memoStage} for this build. Its kept results are dropped when {@code siteKey} —
     * everything site-wide the stage reads for any page, e.g. other pages' titles — is not equal to the
     * previous build's. Pass {@code () -> null} for a stage that reads nothing but its own page.
     */
    @Override
    @SuppressWarnings("unchecked")
    public <S, I, O> Memo<I, O> stage(MemoStage<S, I, O> memoStage, Supplier<S> siteKey) {
        if (!enabled) {
            return Memo.none();
        }
        StageEntries stage = stages.computeIfAbsent(memoStage.name(), n -> new StageEntries());
        stage.ran = true;
        Object key = siteKey.get();
        if (!Objects.equals(stage.siteKey, key)) {
            stage.entries.clear();
            stage.last = null;
            stage.siteKey = key;
        }
        long current = build;
        return (pageKey, input, diagnostics, compute) -> {
            Entry cached = stage.entries.get(pageKey);
            if (cached != null && (cached.input == input || Objects.equals(cached.input, input))) {
                cached.build = current;
                diagnostics.reportAll(cached.diagnostics);
                return (O) cached.output;
            }
            Diagnostics own = new Diagnostics();
            O result = compute.apply(own);
            List<Diagnostic> reported = replay(own, diagnostics);
            if (own.hasErrors()) {
                stage.entries.remove(pageKey);
            } else {
                stage.entries.put(pageKey, new Entry(input, result, reported, current));
            }
            return result;
        };
    }

    /**
     * One {@link #each} call's items, results, keys and replayed diagnostics, index by index; a null diagnostics
     * list marks a result that must not be reused (it came with errors, so it was not kept).
     */
    private record Each(Object[] items, Object[] results, String[] keys, List<Diagnostic>[] diagnostics) {
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S, I, O> List<O> each(MemoStage<S, I, O> memoStage, Supplier<S> siteKey, List<I> items,
            Function<I, String> keyOf, Diagnostics diagnostics, BiFunction<I, Diagnostics, O> compute) {
        Memo<I, O> memo = stage(memoStage, siteKey);
        if (!enabled) {
            return Memos.super.each(memoStage, () -> null, items, keyOf, diagnostics, compute);
        }
        StageEntries stage = stages.get(memoStage.name());
        Object[] now = items.toArray();
        Object[] results = new Object[now.length];
        String[] keys = new String[now.length];
        List<Diagnostic>[] replayed = new List[now.length];
        Each last = stage.last;
        List<Integer> changed = new ArrayList<>();
        if (last != null && last.items.length == now.length) {
            // Identity only: no item is dereferenced, so an unchanged page costs a few array reads.
            List<List<Diagnostic>> replay = new ArrayList<>();
            for (int i = 0; i < now.length; i++) {
                if (now[i] == last.items[i] && last.diagnostics[i] != null) {
                    results[i] = last.results[i];
                    keys[i] = last.keys[i];
                    replayed[i] = last.diagnostics[i];
                    if (!replayed[i].isEmpty()) {
                        replay.add(replayed[i]);
                    }
                } else {
                    changed.add(i);
                }
            }
            // Lints warn on most pages (13,000 warnings at 10,000 pages): replayed from both cores.
            replay.parallelStream().forEach(diagnostics::reportAll);
        } else {
            for (int i = 0; i < now.length; i++) {
                changed.add(i);
            }
        }
        changed.parallelStream().forEach(i -> {
            I item = (I) now[i];
            String key = keyOf.apply(item);
            O result = memo.apply(key, item, diagnostics, sink -> compute.apply(item, sink));
            Entry entry = stage.entries.get(key);
            // Kept (no errors) for this very result: the next build may reuse it with these diagnostics.
            replayed[i] = entry != null && entry.output == result ? entry.diagnostics : null;
            // An equal result (an edit that changed nothing this stage gives) stays the last build's instance, so
            // later stages find their input unchanged by identity too.
            boolean same = last != null && last.items.length == now.length && Objects.equals(last.results[i], result);
            results[i] = same ? last.results[i] : result;
            keys[i] = key;
        });
        stage.last = new Each(now, results, keys, replayed);
        return (List<O>) Collections.unmodifiableList(Arrays.asList(results));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <I, O> Latest<O> latest(MemoStage<Void, I, O> stage, I input, Diagnostics diagnostics,
            java.util.function.Function<Diagnostics, O> compute) {
        if (!enabled) {
            return new Latest<>(compute.apply(diagnostics), true);
        }
        DeferredWork work = deferred.computeIfAbsent(stage.name(), n -> new DeferredWork());
        synchronized (work) {
            work.pending = null;
            work.pendingCompute = null;
            if (work.ready != null && work.ready.input().equals(input)) {
                work.current = work.ready;
                work.ready = null;
            }
            if (work.current != null && work.current.input().equals(input)) {
                return new Latest<>((O) work.current.output(), true);
            }
            if (defersSlowWork() && work.current != null && !work.inlineNext) {
                work.pending = input;
                work.pendingCompute = (java.util.function.Function<Diagnostics, Object>) compute;
                return new Latest<>((O) work.current.output(), false);
            }
            work.inlineNext = false;
        }
        int errorsBefore = diagnostics.errorCount();
        O result = compute.apply(diagnostics);
        if (diagnostics.errorCount() == errorsBefore) {
            synchronized (work) {
                work.current = new Done(input, result);
            }
        }
        return new Latest<>(result, true);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T intern(T value) {
        if (!enabled) {
            return value;
        }
        Object kept = interned.get(value.getClass());
        if (kept == value || value.equals(kept)) {
            return (T) kept;
        }
        interned.put(value.getClass(), value);
        return value;
    }

    /** Whether the last build left slow site-wide work ({@link #latest}) undone. */
    public boolean hasDeferredWork() {
        return deferred.values().stream().anyMatch(DeferredWork::isPending);
    }

    /**
     * Does the slow work the last build left undone, so that the next build uses it at once. May run on
     * another thread while builds go on; a result overtaken by newer edits is simply not used. A result that
     * reports problems is not kept: the next build without deferral computes and reports it again. Interrupting
     * the calling thread stops the work at its next {@link org.harmkb.memo.Cancellation#checkpoint()}; it then
     * stays due, for a later call.
     *
     * @return whether anything was computed for the next build
     */
    public boolean computeDeferred() {
        boolean any = false;
        for (DeferredWork work : deferred.values()) {
            try {
                any |= work.computePending();
            } catch (java.util.concurrent.CancellationException e) {
                // Stopped at a checkpoint (serve: the author saved again): this work and the rest stay due.
                return any;
            }
        }
        return any;
    }

    private record Done(Object input, Object output) {
    }

    /**
     * One {@link #latest} computation of the session: the result in use, one computed ahead for the next
     * build, and the input a deferring build left due. Guarded by its own lock, because
     * {@link #computeDeferred} runs beside builds.
     */
    private static final class DeferredWork {
        Done current;
        Done ready;
        Object pending;
        java.util.function.Function<Diagnostics, Object> pendingCompute;
        /** Set when computing ahead reported problems: the next build computes inline, so they are reported. */
        boolean inlineNext;

        synchronized boolean isPending() {
            return pending != null;
        }

        boolean computePending() {
            Object input;
            java.util.function.Function<Diagnostics, Object> compute;
            synchronized (this) {
                input = pending;
                compute = pendingCompute;
                if (input == null || ready != null && ready.input().equals(input)) {
                    return false;
                }
            }
            Diagnostics diagnostics = new Diagnostics();
            Object output = compute.apply(diagnostics);
            synchronized (this) {
                if (diagnostics.hasErrors()) {
                    inlineNext = true;
                } else {
                    ready = new Done(input, output);
                }
            }
            return true;
        }
    }

    /**
     * A capability's own state kept across the builds of a session (e.g. an index it updates page by page),
     * made by {@code create} on first use and after every full build. Empty-handed when disabled: then
     * every call makes a fresh one.
     */
    public <T> T state(Class<T> type, Supplier<T> create) {
        if (!enabled) {
            return create.get();
        }
        return type.cast(states.computeIfAbsent(type, t -> create.get()));
    }

    /** Drops the state kept for {@code type}, e.g. because making it reported errors that must show again. */
    public void forget(Class<?> type) {
        states.remove(type);
    }

    /** What the last successful build left in {@code outputDir}, if this cache knows it. */
    Optional<OutputState> output(Path outputDir) {
        if (!enabled || output == null || !output.outputDir().equals(outputDir) || !Files.isDirectory(outputDir)) {
            return Optional.empty();
        }
        return Optional.of(output);
    }

    /** Records what a successful build left in the output folder. */
    void committed(OutputState state) {
        if (enabled) {
            output = state;
        }
    }

    private record FileStampAt(String path, Optional<FileStamp> stamp) {
    }

    private static List<FileStampAt> themeStamps(Path themeDir) {
        if (!Files.isDirectory(themeDir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(themeDir)) {
            return walk.filter(Files::isRegularFile).sorted()
                    .map(file -> new FileStampAt(themeDir.relativize(file).toString(), FileStamp.of(file)))
                    .toList();
        } catch (IOException e) {
            // Unreadable: report it as a theme that changed, so the full build that follows reports the problem.
            return List.of(new FileStampAt("unreadable theme folder " + System.nanoTime(), Optional.empty()));
        }
    }

    private static List<Diagnostic> replay(Diagnostics own, Diagnostics build) {
        List<Diagnostic> reported = own.all();
        build.reportAll(reported);
        return reported;
    }
}
