package org.harmkb.link;

import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.harmkb.content.ContentSet;
import org.harmkb.content.Slugs;
import org.harmkb.content.SourcePage;
import org.harmkb.content.StaticFile;
import org.harmkb.diagnostic.Suggestions;
import org.harmkb.markdown.WikiLinkResolver;
import org.harmkb.memo.Memos;

/**
 * Every address a link may point to, from the content folder alone: pages by slug, content path and URL,
 * drafts, and static files. Resolves wikilinks and written hrefs the same way for the markdown stage (to
 * render them), the link stage (to check them) and the HTML stage (to rewrite them). Immutable and
 * thread-safe.
 */
public final class LinkTargets implements WikiLinkResolver {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final Map<String, List<SourcePage>> bySlug;
    private final Map<String, SourcePage> byContentPath;
    private final Map<String, SourcePage> byUrl;
    private final Set<String> drafts;
    private final Map<String, String> staticByContentPath;
    private final Set<String> staticSitePaths;
    private final RenderKey renderKey;
    private final CheckKey checkKey;
    /**
     * The content the maps were built from, and the pages put in place of theirs since ({@link #updatedFor}), by
     * content path: a save changes a page, seldom its place or title.
     */
    private final ContentSet builtFrom;
    private final Map<String, SourcePage> replaced;

    /** What a wikilink's rendering reads of one page or draft. */
    record Target(String contentPath, String url, String slug, String title, boolean draft) {
    }

    /** Every page's and draft's place, slug and title, in content order: what rendering a wikilink reads. */
    public record RenderKey(List<Target> targets) {
        public RenderKey {
            targets = List.copyOf(targets);
        }
    }

    /** The {@link RenderKey} and every static file's site path: what checking a link reads of the site. */
    public record CheckKey(RenderKey render, Map<String, String> staticFiles) {
        public CheckKey {
            staticFiles = Map.copyOf(staticFiles);
        }
    }

    public LinkTargets(ContentSet content) {
        this(content, Memos.NONE);
    }

    /** @param memos a session's, whose {@link Memos#intern} keeps the keys of an unchanged site the same instances */
    public LinkTargets(ContentSet content, Memos memos) {
        bySlug = new HashMap<>();
        byContentPath = new HashMap<>();
        byUrl = new HashMap<>();
        drafts = new HashSet<>();
        staticByContentPath = new HashMap<>();
        staticSitePaths = new HashSet<>();
        builtFrom = content;
        replaced = Map.of();
        for (SourcePage page : content.pages()) {
            add(page);
            byUrl.put(page.url(), page);
        }
        for (SourcePage draft : content.skippedDrafts()) {
            add(draft);
            drafts.add(draft.contentPath());
        }
        for (StaticFile file : content.staticFiles()) {
            staticByContentPath.put(file.contentPath(), file.sitePath());
            staticSitePaths.add(file.sitePath());
        }
        bySlug.values().forEach(list -> list.sort(Comparator.comparing(SourcePage::url)));
        List<Target> targets = new ArrayList<>();
        content.pages().forEach(page -> targets.add(new Target(page.contentPath(), page.url(), page.slug(), page.title(), false)));
        content.skippedDrafts().forEach(page -> targets.add(new Target(page.contentPath(), page.url(), page.slug(), page.title(), true)));
        renderKey = memos.intern(new RenderKey(targets));
        checkKey = memos.intern(new CheckKey(renderKey, staticByContentPath));
    }

    private LinkTargets(LinkTargets base, ContentSet content, Map<String, SourcePage> replaced) {
        bySlug = base.bySlug;
        byContentPath = base.byContentPath;
        byUrl = base.byUrl;
        drafts = base.drafts;
        staticByContentPath = base.staticByContentPath;
        staticSitePaths = base.staticSitePaths;
        renderKey = base.renderKey;
        checkKey = base.checkKey;
        builtFrom = content;
        this.replaced = replaced;
    }

    /**
     * The targets of {@code content}, made from these (which were made from the previous build's content) without
     * going over every page again when no page was added, removed or moved and every page that changed kept its
     * place, slug and title: the keys stay the same instances. Otherwise built afresh.
     */
    public LinkTargets updatedFor(ContentSet content, Memos memos) {
        List<SourcePage> before = builtFrom.pages();
        List<SourcePage> now = content.pages();
        if (before.size() != now.size() || !content.skippedDrafts().equals(builtFrom.skippedDrafts())
                || !content.staticFiles().equals(builtFrom.staticFiles())) {
            return new LinkTargets(content, memos);
        }
        Map<String, SourcePage> swapped = null;
        for (int i = 0; i < now.size(); i++) {
            SourcePage page = now.get(i);
            SourcePage was = before.get(i);
            if (page != was) {
                if (!sameTarget(page, was)) {
                    return new LinkTargets(content, memos);
                }
                swapped = swapped != null ? swapped : new HashMap<>(replaced);
                swapped.put(page.contentPath(), page);
            }
        }
        // Swapped pages pile up over a long session: past a few hundred, building afresh is as cheap.
        if (swapped != null && swapped.size() > 256) {
            return new LinkTargets(content, memos);
        }
        return new LinkTargets(this, content, swapped == null ? replaced : Map.copyOf(swapped));
    }

    private static boolean sameTarget(SourcePage page, SourcePage was) {
        return page.contentPath().equals(was.contentPath()) && page.url().equals(was.url())
                && page.slug().equals(was.slug()) && page.title().equals(was.title())
                && page.frontMatter().draft() == was.frontMatter().draft();
    }

    /** The current page of one the maps hold. */
    private SourcePage current(SourcePage page) {
        if (page == null || replaced.isEmpty()) {
            return page;
        }
        return replaced.getOrDefault(page.contentPath(), page);
    }

    /**
     * A value equal for two sets of targets exactly when {@link #resolve} answers alike in both: every
     * page's and draft's place, slug and title. A build cache keys rendered wikilinks on it.
     */
    public RenderKey renderKey() {
        return renderKey;
    }

    /**
     * A value equal for two sets of targets exactly when every link resolves alike in both: the
     * {@link #renderKey()} and the static files. A build cache keys checked links on it.
     */
    public CheckKey checkKey() {
        return checkKey;
    }

    private void add(SourcePage page) {
        bySlug.computeIfAbsent(page.slug(), k -> new ArrayList<>()).add(page);
        byContentPath.put(page.contentPath(), page);
    }

    /** The published page at site path {@code url} (e.g. {@code /rights/}), if any. */
    public Optional<SourcePage> pageAt(String url) {
        return Optional.ofNullable(current(byUrl.get(url)));
    }

    @Override
    public Optional<WikiLinkTarget> resolve(SourcePage from, String target) {
        Resolution resolution = resolveWikiLink(from, target);
        if (resolution instanceof Resolution.ToPage to) {
            return Optional.of(new WikiLinkTarget(to.page().url() + fragment(to.fragment()), to.page().title()));
        }
        if (resolution instanceof Resolution.SamePage same) {
            return Optional.of(new WikiLinkTarget(fragment(same.fragment()), from.title()));
        }
        return Optional.empty();
    }

    /**
     * Resolves the target of {@code [[target]]}: {@code slug}, {@code folder/slug}, either with
     * {@code #heading}, or just {@code #heading}. Each path segment is slugified, so {@code [[Raising a concern]]}
     * finds {@code raising-a-concern.md}; the heading is turned into an anchor id the way headings are.
     */
    public Resolution resolveWikiLink(SourcePage from, String target) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : anchorId(target.substring(hash + 1));
        List<String> segments = new ArrayList<>();
        for (String segment : stripMarkdownExtension(path.strip()).split("/")) {
            String slug = Slugs.slugify(segment);
            if (!slug.isEmpty()) {
                segments.add(slug);
            }
        }
        if (segments.isEmpty()) {
            return path.isBlank() && !fragment.isEmpty() ? new Resolution.SamePage(fragment)
                    : new Resolution.Missing(path.strip(), null);
        }
        String wanted = String.join("/", segments);
        String suffix = "/" + wanted + "/";
        List<SourcePage> published = new ArrayList<>();
        SourcePage draft = null;
        for (SourcePage listed : bySlug.getOrDefault(segments.get(segments.size() - 1), List.of())) {
            SourcePage candidate = current(listed);
            if (segments.size() > 1 && !candidate.url().endsWith(suffix)) {
                continue;
            }
            if (drafts.contains(candidate.contentPath())) {
                draft = draft == null ? candidate : draft;
            } else {
                published.add(candidate);
            }
        }
        if (published.size() == 1) {
            return new Resolution.ToPage(published.get(0), fragment);
        }
        if (published.size() > 1) {
            return new Resolution.Ambiguous(published);
        }
        if (draft != null) {
            return new Resolution.ToDraft(draft);
        }
        return new Resolution.Missing(wanted, closestWikiTarget(wanted, segments.size() > 1));
    }

    /**
     * Resolves an href as written in markdown or HTML: relative to the page's markdown file
     * ({@code ../rights/complaints.md#how}, {@code diagram.png}), a site path ({@code /rights/complaints/}),
     * a fragment, or another site.
     */
    public Resolution resolveHref(SourcePage from, String href) {
        String value = href.strip();
        if (value.isEmpty() || value.startsWith("//") || SCHEME.matcher(value).find()) {
            return new Resolution.External();
        }
        int hash = value.indexOf('#');
        String fragment = hash < 0 ? "" : decode(value.substring(hash + 1));
        String beforeFragment = hash < 0 ? value : value.substring(0, hash);
        int query = beforeFragment.indexOf('?');
        String path = decode(query < 0 ? beforeFragment : beforeFragment.substring(0, query));
        if (path.isEmpty()) {
            return query < 0 ? new Resolution.SamePage(fragment) : new Resolution.External();
        }
        if (path.startsWith("/")) {
            return resolveSitePath(path, fragment);
        }
        String folder = folderOf(from.contentPath());
        String contentPath = normalise(folder + path);
        if (contentPath == null) {
            return new Resolution.Missing(path, null);
        }
        return resolveContentPath(contentPath, fragment, folder);
    }

    private Resolution resolveSitePath(String path, String fragment) {
        if (path.toLowerCase(Locale.ROOT).endsWith(".md")) {
            String contentPath = normalise(path.substring(1));
            return contentPath == null ? new Resolution.Missing(path, null) : resolveContentPath(contentPath, fragment, "");
        }
        SourcePage page = current(byUrl.get(path.endsWith("/") ? path : path + "/"));
        if (page != null) {
            return new Resolution.ToPage(page, fragment);
        }
        if (staticSitePaths.contains(path)) {
            return new Resolution.ToFile(path, fragment);
        }
        return new Resolution.OtherSitePath(path, fragment);
    }

    private Resolution resolveContentPath(String contentPath, String fragment, String folder) {
        SourcePage page = current(byContentPath.get(contentPath));
        if (page != null) {
            return drafts.contains(contentPath) ? new Resolution.ToDraft(page) : new Resolution.ToPage(page, fragment);
        }
        String file = staticByContentPath.get(contentPath);
        if (file != null) {
            return new Resolution.ToFile(file, fragment);
        }
        List<String> known = new ArrayList<>(staticByContentPath.keySet());
        byContentPath.keySet().stream().filter(p -> !drafts.contains(p)).forEach(known::add);
        String suggestion = Suggestions.closest(contentPath, known).map(s -> relativise(folder, s)).orElse(null);
        return new Resolution.Missing(contentPath, suggestion);
    }

    private String closestWikiTarget(String wanted, boolean withFolder) {
        List<String> known = new ArrayList<>();
        for (SourcePage page : byContentPath.values()) {
            if (!drafts.contains(page.contentPath())) {
                known.add(withFolder ? page.url().replaceAll("^/|/$", "") : page.slug());
            }
        }
        return Suggestions.closest(wanted, known).orElse(null);
    }

    /** The anchor id a heading with text {@code heading} gets; ids pass through unchanged. */
    static String anchorId(String heading) {
        return HeaderIdGenerator.generateId(heading.strip(), " -_", "", false, true);
    }

    private static String fragment(String id) {
        return id.isEmpty() ? "" : "#" + id;
    }

    private static String stripMarkdownExtension(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".md") ? path.substring(0, path.length() - 3) : path;
    }

    private static String folderOf(String contentPath) {
        int slash = contentPath.lastIndexOf('/');
        return slash < 0 ? "" : contentPath.substring(0, slash + 1);
    }

    /** Removes {@code .} and {@code ..} segments; null when the path climbs out of the content folder. */
    private static String normalise(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/", -1)) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    private static String relativise(String folder, String contentPath) {
        Path base = Path.of("/" + folder);
        return base.relativize(Path.of("/" + contentPath)).toString().replace('\\', '/');
    }

    private static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        try {
            return new URI("file:///" + raw.replace(" ", "%20")).getPath().substring(1);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return raw;
        }
    }
}
