package org.harmkb.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.harmkb.content.ContentSet;
import org.harmkb.content.Position;
import org.harmkb.content.SourcePage;
import org.harmkb.content.StaticFile;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.SourcePaths;
import org.harmkb.link.Redirect;
import org.harmkb.template.GeneratedPage;
import org.harmkb.template.PageView;

/**
 * Every file a build writes, each with what asked for it, listed before anything is written: the files the
 * site generates (its own pages such as {@code /search/} and {@code /404.html}, the feed, sitemap,
 * {@code robots.txt}, {@code _headers}, the search index, the theme's assets), content pages, aliases and
 * static files.
 *
 * <p>Two claims on one file, or a file where another claim needs a folder, are a collision. It is reported at
 * the author's file that made the weaker claim, naming the other: what the site generates outranks a page,
 * a page outranks an alias, an alias outranks a static file, and among equals the first in content order
 * wins. Two pages at one address are left to the content stage, which reports them already. Immutable.
 */
public final class OutputPlan {

    /** What asked for a file, strongest first. */
    private enum Kind {
        GENERATED, PAGE, ALIAS, STATIC
    }

    /**
     * One claim on a file.
     *
     * @param file  the file relative to the output folder, as {@link SiteOutput#relativeFile} gives it
     * @param what  for a generated file, what it is, e.g. "the site's Atom feed"; else empty
     * @param page  the page of a page or alias claim; else null
     * @param order the claim's place in the plan, which breaks ties between claims of one kind
     */
    private record Claim(Kind kind, String sitePath, String file, String what, SourcePage page, StaticFile staticFile,
            int order) {

        boolean beats(Claim other) {
            return kind.ordinal() < other.kind.ordinal() || kind == other.kind && order < other.order;
        }
    }

    /** The files every site has besides its pages, search index and assets: site path → what it is. */
    private static final Map<String, String> SITE_FILES = Collections.unmodifiableMap(new TreeMap<>(Map.of(
            AtomFeed.PATH, "the site's Atom feed",
            Sitemap.PATH, "the site's sitemap",
            RobotsTxt.PATH, "the site's robots.txt",
            HostHeaders.PATH, "the site's _headers file (security headers for the host)")));

    private final List<Claim> claims;

    private OutputPlan(List<Claim> claims) {
        this.claims = List.copyOf(claims);
    }

    /**
     * The plan of a build.
     *
     * @param generated   the pages the site generates besides redirects (404, search, topics, …)
     * @param redirects   one per alias, in any order
     * @param searchFiles site paths of the search index files the build writes or keeps
     */
    public static OutputPlan of(ContentSet content, List<Redirect> redirects, List<GeneratedPage> generated,
            ThemeAssets assets, List<String> searchFiles) {
        Builder plan = new Builder();
        generated.forEach(page -> plan.generated(page.url(), describe(page)));
        SITE_FILES.forEach(plan::generated);
        searchFiles.forEach(path -> plan.generated(path, "a file of the site's search index"));
        assets.sitePaths().forEach((name, path) -> plan.generated(path, "the theme's asset " + name));
        content.pages().forEach(page -> plan.add(Kind.PAGE, page.url(), "", page, null));
        redirects.stream().sorted(Comparator.comparing((Redirect r) -> r.to().contentPath()))
                .forEach(redirect -> plan.add(Kind.ALIAS, redirect.from(), "", redirect.to(), null));
        content.staticFiles().forEach(file -> plan.add(Kind.STATIC, file.sitePath(), "", null, file));
        return new OutputPlan(plan.claims);
    }

    /**
     * The site paths a plan of the same arguments claims, by kind. Whether a plan has collisions depends on these
     * alone, so a build whose addresses equal those of a build without collisions has none either: {@code serve}
     * compares them (cheap: unchanged pages keep their address strings) instead of planning 10,000 files again.
     */
    public record Addresses(List<String> generated, List<String> pages, List<String> aliases, List<String> statics) {

        public Addresses {
            generated = List.copyOf(generated);
            pages = List.copyOf(pages);
            aliases = List.copyOf(aliases);
            statics = List.copyOf(statics);
        }
    }

    /** The {@link Addresses} that {@link #of} with the same arguments would claim. */
    public static Addresses addresses(ContentSet content, List<Redirect> redirects, List<GeneratedPage> generated,
            ThemeAssets assets, List<String> searchFiles) {
        List<String> own = new ArrayList<>();
        generated.forEach(page -> own.add(page.url()));
        own.addAll(SITE_FILES.keySet());
        own.addAll(searchFiles);
        own.addAll(assets.sitePaths().values());
        List<String> pages = new ArrayList<>(content.pages().size());
        content.pages().forEach(page -> pages.add(page.url()));
        List<String> aliases = new ArrayList<>(redirects.size());
        redirects.forEach(redirect -> aliases.add(redirect.from()));
        List<String> statics = new ArrayList<>(content.staticFiles().size());
        content.staticFiles().forEach(file -> statics.add(file.sitePath()));
        return new Addresses(own, pages, aliases, statics);
    }

    /** The files the plan holds, relative to the output folder, sorted. */
    public Set<String> files() {
        Set<String> files = new java.util.TreeSet<>();
        claims.forEach(claim -> files.add(claim.file()));
        return files;
    }

    /** Reports every collision as an error; true when there is none, so writing may start. */
    public boolean reportCollisions(Diagnostics diagnostics) {
        Map<String, List<Claim>> byFile = new TreeMap<>();
        claims.forEach(claim -> byFile.computeIfAbsent(claim.file(), f -> new ArrayList<>()).add(claim));
        Set<Claim> reported = Collections.newSetFromMap(new IdentityHashMap<>());
        byFile.values().forEach(same -> reportSameFile(same, reported, diagnostics));
        byFile.forEach((file, inside) -> {
            for (String folder : folders(file)) {
                List<Claim> asFile = byFile.get(folder);
                if (asFile != null) {
                    reportFolderClash(strongest(asFile), strongest(inside), reported, diagnostics);
                }
            }
        });
        return reported.isEmpty();
    }

    private static void reportSameFile(List<Claim> same, Set<Claim> reported, Diagnostics diagnostics) {
        Claim winner = strongest(same);
        for (Claim claim : same) {
            if (claim == winner || claim.kind() == winner.kind() && (claim.kind() == Kind.PAGE || claim.kind() == Kind.GENERATED)) {
                continue;
            }
            reported.add(claim);
            report(claim, sameFile(claim, winner), diagnostics);
        }
    }

    /** {@code file} is published at a path that {@code inside} needs as a folder. */
    private static void reportFolderClash(Claim file, Claim inside, Set<Claim> reported, Diagnostics diagnostics) {
        if (file.kind() == Kind.GENERATED && inside.kind() == Kind.GENERATED) {
            return;
        }
        Claim loser = file.beats(inside) ? inside : file;
        if (!reported.add(loser)) {
            return;
        }
        String message = loser == inside
                ? subject(loser) + " would be published at " + loser.sitePath() + ", inside " + file.sitePath() + ", which is "
                        + object(file, loser) + ": a file cannot also be a folder"
                : subject(loser) + " would be published at " + loser.sitePath() + ", but " + object(inside, loser)
                        + " is published at " + inside.sitePath() + ", which needs " + loser.sitePath() + " to be a folder";
        report(loser, new Problem(message, hint(loser)), diagnostics);
    }

    /** A diagnostic's message and hint. */
    private record Problem(String message, String hint) {
    }

    private static Problem sameFile(Claim claim, Claim winner) {
        if (claim.kind() != Kind.ALIAS) {
            return new Problem(subject(claim) + " would be published at " + claim.sitePath() + ", which is the address of "
                    + object(winner, claim), hint(claim));
        }
        String alias = "alias '" + claim.sitePath() + "'";
        return switch (winner.kind()) {
            case PAGE -> winner.page() == claim.page()
                    ? new Problem(alias + " is this page's own address", "remove the alias: the page is already published there")
                    : new Problem(alias + " is the address of " + winner.page().displayPath(),
                            "remove the alias: a redirect there would hide that page");
            case ALIAS -> winner.page() == claim.page()
                    ? new Problem(alias + " is listed twice", "remove one of the two")
                    : new Problem(alias + " is also an alias of " + winner.page().displayPath(),
                            "an old address can redirect to only one page: remove one of the two aliases");
            default -> new Problem(alias + " is the address of " + object(winner, claim), hint(claim));
        };
    }

    private static String hint(Claim claim) {
        return claim.kind() == Kind.ALIAS ? "remove the alias or choose another old address" : "rename or move the file";
    }

    private static String subject(Claim claim) {
        return switch (claim.kind()) {
            case PAGE -> "this page";
            case ALIAS -> "alias '" + claim.sitePath() + "'";
            default -> "this file";
        };
    }

    /** The other claim, as {@code subject}'s diagnostic names it. */
    private static String object(Claim other, Claim subject) {
        return switch (other.kind()) {
            case GENERATED -> other.what();
            case PAGE -> other.page() == subject.page() ? "this page" : other.page().displayPath();
            case ALIAS -> "alias '" + other.sitePath() + "' of " + other.page().displayPath();
            case STATIC -> SourcePaths.display(other.staticFile().file());
        };
    }

    private static void report(Claim claim, Problem problem, Diagnostics diagnostics) {
        switch (claim.kind()) {
            case PAGE -> {
                Position at = claim.page().frontMatter().positionOf("title");
                diagnostics.error(claim.page().displayPath(), at.line(), at.column(), problem.message(), problem.hint());
            }
            case ALIAS -> {
                Position at = claim.page().frontMatter().positionOf("aliases");
                diagnostics.error(claim.page().displayPath(), at.line(), at.column(), problem.message(), problem.hint());
            }
            case STATIC -> diagnostics.error(SourcePaths.display(claim.staticFile().file()), 0, 0, problem.message(),
                    problem.hint());
            // Two generated files never meet: reportSameFile and reportFolderClash skip that case.
            case GENERATED -> throw new IllegalStateException("a generated file lost a collision: " + claim.sitePath());
        }
    }

    private static Claim strongest(List<Claim> claims) {
        Claim best = claims.get(0);
        for (Claim claim : claims) {
            if (claim.beats(best)) {
                best = claim;
            }
        }
        return best;
    }

    /** {@code a/b/c.html} → {@code a}, {@code a/b}: the folders a file needs. */
    private static List<String> folders(String file) {
        List<String> folders = new ArrayList<>();
        for (int slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) {
            folders.add(file.substring(0, slash));
        }
        return folders;
    }

    private static String describe(GeneratedPage page) {
        PageView view = page.model().page();
        return view != null ? "the site's own page '" + view.title() + "'" : "a page the site generates";
    }

    /** Collects claims in order. */
    private static final class Builder {
        private final List<Claim> claims = new ArrayList<>();

        void generated(String sitePath, String what) {
            add(Kind.GENERATED, sitePath, what, null, null);
        }

        void add(Kind kind, String sitePath, String what, SourcePage page, StaticFile file) {
            claims.add(new Claim(kind, sitePath, SiteOutput.relativeFile(sitePath), what, page, file, claims.size()));
        }
    }
}
