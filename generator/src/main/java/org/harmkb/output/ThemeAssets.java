package org.harmkb.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.SourcePaths;

/**
 * The theme's {@code assets/} folder published under content-hashed names ({@code style.css} →
 * {@code /assets/style.3f9a1c2b.css}), so hosts can cache every asset for a year and a changed file is
 * always fetched anew.
 *
 * <p>Assets that refer to each other keep working: relative references in CSS ({@code url(…)},
 * {@code @import}) and in JavaScript modules ({@code import … from './x.js'}, {@code import('./x.js')},
 * {@code new URL('./x', import.meta.url)}) are rewritten to the hashed names. A file's hash covers its own
 * bytes and those of every asset it refers to, directly or not, so changing an imported module also renames
 * every module importing it. Immutable once made; files starting with {@code .} are skipped.
 */
public final class ThemeAssets {

    static final int HASH_LENGTH = 8;

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")\\s]+)\\1\\s*\\)");
    private static final Pattern CSS_IMPORT = Pattern.compile("@import\\s+(['\"])([^'\"]+)\\1");
    private static final Pattern JS_IMPORT = Pattern.compile(
            "(?:\\bfrom\\s*|\\bimport\\s*\\(\\s*|\\bimport\\s+)(['\"])(\\.{1,2}/[^'\"\\n]+)\\1");
    private static final Pattern JS_URL = Pattern.compile(
            "\\bnew\\s+URL\\(\\s*(['\"])(\\.{1,2}/[^'\"\\n]+)\\1\\s*,\\s*import\\.meta\\.url");

    /** One published asset: its name under {@code assets/}, published site path and published bytes. */
    record Asset(String name, String sitePath, byte[] bytes) {
    }

    private final Map<String, Asset> assets;

    private ThemeAssets(Map<String, Asset> assets) {
        this.assets = assets;
    }

    /** No assets at all: what a theme without an {@code assets/} folder publishes. */
    public static ThemeAssets none() {
        return new ThemeAssets(Map.of());
    }

    /** Reads and fingerprints {@code themeDir/assets}; an unreadable file is an error diagnostic. */
    public static ThemeAssets read(Path themeDir, Diagnostics diagnostics) {
        Path root = themeDir.resolve("assets");
        if (!Files.isDirectory(root)) {
            return none();
        }
        Map<String, byte[]> sources = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (isHidden(name)) {
                    continue;
                }
                try {
                    sources.put(name, Files.readAllBytes(file));
                } catch (IOException e) {
                    diagnostics.error(SourcePaths.display(file), 0, 0, "cannot read theme asset: " + e.getMessage(),
                            "check the file's permissions");
                }
            }
        } catch (IOException e) {
            diagnostics.error(SourcePaths.display(root), 0, 0, "cannot read theme assets: " + e.getMessage(), "");
        }
        return fingerprint(sources);
    }

    /** Fingerprints assets given as name → bytes; names use {@code /} and are relative to {@code assets/}. */
    static ThemeAssets fingerprint(Map<String, byte[]> sources) {
        Map<String, Set<String>> references = new TreeMap<>();
        sources.forEach((name, bytes) -> references.put(name, referencedAssets(name, bytes, sources.keySet())));
        Map<String, String> hashedNames = new TreeMap<>();
        for (String name : sources.keySet()) {
            hashedNames.put(name, hashedName(name, hash(closure(name, references), sources)));
        }
        Map<String, Asset> assets = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> source : sources.entrySet()) {
            String name = source.getKey();
            byte[] published = rewrite(name, source.getValue(), hashedNames);
            assets.put(name, new Asset(name, "/assets/" + hashedNames.get(name), published));
        }
        return new ThemeAssets(Map.copyOf(assets));
    }

    /** Asset name (e.g. {@code style.css}) → published site path (e.g. {@code /assets/style.3f9a1c2b.css}). */
    public Map<String, String> sitePaths() {
        Map<String, String> paths = new TreeMap<>();
        assets.forEach((name, asset) -> paths.put(name, asset.sitePath()));
        return paths;
    }

    /** The published site path of asset {@code name}, if the theme has it. */
    public Optional<String> sitePathOf(String name) {
        return Optional.ofNullable(assets.get(name)).map(Asset::sitePath);
    }

    /** Writes every asset under its hashed name, in name order. */
    public void writeTo(SiteOutput output) {
        assets.values().stream()
                .sorted(java.util.Comparator.comparing(Asset::name))
                .forEach(asset -> output.write(asset.sitePath(), asset.bytes()));
    }

    /** Equal when every asset has the same name and published path (hence the same bytes). */
    @Override
    public boolean equals(Object other) {
        return other instanceof ThemeAssets that && sitePaths().equals(that.sitePaths());
    }

    @Override
    public int hashCode() {
        return sitePaths().hashCode();
    }

    private static boolean isHidden(String name) {
        for (String part : name.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> referencedAssets(String name, byte[] bytes, Set<String> known) {
        Set<String> found = new TreeSet<>();
        List<Pattern> patterns = patternsFor(name);
        if (patterns.isEmpty()) {
            return found;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                resolve(name, matcher.group(2)).filter(known::contains).ifPresent(found::add);
            }
        }
        return found;
    }

    private static List<Pattern> patternsFor(String name) {
        if (name.endsWith(".css")) {
            return List.of(CSS_URL, CSS_IMPORT);
        }
        if (name.endsWith(".js") || name.endsWith(".mjs")) {
            return List.of(JS_IMPORT, JS_URL);
        }
        return List.of();
    }

    /** The asset name a relative reference from asset {@code from} points to, without query or fragment. */
    static Optional<String> resolve(String from, String reference) {
        String path = stripSuffix(reference);
        if (path.isEmpty() || path.startsWith("/") || path.startsWith("#") || path.contains(":")) {
            return Optional.empty();
        }
        Deque<String> parts = new ArrayDeque<>();
        int slash = from.lastIndexOf('/');
        if (slash >= 0) {
            for (String part : from.substring(0, slash).split("/")) {
                parts.addLast(part);
            }
        }
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    private static String stripSuffix(String reference) {
        int end = reference.length();
        int query = reference.indexOf('?');
        int fragment = reference.indexOf('#');
        if (query >= 0) {
            end = Math.min(end, query);
        }
        if (fragment >= 0) {
            end = Math.min(end, fragment);
        }
        return reference.substring(0, end);
    }

    /** {@code name} and every asset reachable from it through references, sorted. */
    private static Set<String> closure(String name, Map<String, Set<String>> references) {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(name));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(references.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    private static String hash(Set<String> names, Map<String, byte[]> sources) {
        MessageDigest digest = sha256();
        for (String name : names) {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(sources.get(name));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, HASH_LENGTH);
    }

    /** {@code css/style.css} + hash → {@code css/style.HASH.css}; {@code LICENSE} → {@code LICENSE.HASH}. */
    static String hashedName(String name, String hash) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        if (dot <= slash + 1) {
            return name + "." + hash;
        }
        return name.substring(0, dot) + "." + hash + name.substring(dot);
    }

    private static byte[] rewrite(String name, byte[] bytes, Map<String, String> hashedNames) {
        List<Pattern> patterns = patternsFor(name);
        if (patterns.isEmpty()) {
            return bytes;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(text);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String reference = matcher.group(2);
                String replaced = resolve(name, reference)
                        .filter(hashedNames::containsKey)
                        .map(target -> renameLastSegment(reference, hashedNames.get(target)))
                        .orElse(reference);
                String whole = matcher.group();
                int start = matcher.start(2) - matcher.start();
                String rewritten = whole.substring(0, start) + replaced + whole.substring(start + reference.length());
                matcher.appendReplacement(out, Matcher.quoteReplacement(rewritten));
            }
            matcher.appendTail(out);
            text = out.toString();
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Keeps the reference's own relative form ({@code ../fonts/x.woff2?v=1}) and swaps in the hashed file name. */
    private static String renameLastSegment(String reference, String hashedTarget) {
        String path = stripSuffix(reference);
        String suffix = reference.substring(path.length());
        int slash = path.lastIndexOf('/');
        String hashedFile = hashedTarget.substring(hashedTarget.lastIndexOf('/') + 1);
        return path.substring(0, slash + 1) + hashedFile + suffix;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
