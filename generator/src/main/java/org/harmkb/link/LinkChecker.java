package org.harmkb.link;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.Suggestions;
import org.harmkb.markdown.Heading;
import org.harmkb.markdown.LinkReference;
import org.harmkb.markdown.RenderedPage;
import org.harmkb.memo.Memo;
import org.harmkb.memo.MemoStage;
import org.harmkb.memo.Memos;

/**
 * Checks every link authors wrote against the real pages, files and heading anchors, reporting each broken
 * one at its {@code file:line:col} with a did-you-mean hint, and returns the links between pages.
 */
final class LinkChecker {

    /** Everything besides the page itself that checking a page's links reads. */
    record SiteKey(LinkTargets.CheckKey targets, Map<String, List<String>> anchorsByUrl,
            Map<String, Map<String, String>> movedAnchorsByUrl, Set<String> generatedUrls) {
    }

    /** Each page's checked links, kept while the page and everything its links may point to are unchanged. */
    static final MemoStage<SiteKey, RenderedPage, List<CheckedLink>> CHECKS = new MemoStage<>("link checks");

    /** Anchors listed in a hint when none is close to what was written. */
    private static final int LISTED_ANCHORS = 6;

    private final SiteConfig config;
    private final LinkTargets targets;
    private final Set<String> generatedUrls;
    private final Map<String, List<String>> anchorsByUrl = new HashMap<>();
    private final Map<String, Map<String, String>> movedAnchorsByUrl = new HashMap<>();

    LinkChecker(SiteConfig config, LinkTargets targets, List<RenderedPage> pages, Set<String> generatedUrls) {
        this.config = config;
        this.targets = targets;
        this.generatedUrls = generatedUrls;
        for (RenderedPage page : pages) {
            anchorsByUrl.put(page.source().url(), page.headings().stream().map(Heading::id).toList());
            movedAnchorsByUrl.put(page.source().url(), page.movedAnchors());
        }
    }

    /**
     * Each page's links to other pages, in document order, by the page's URL. Reports broken links. Each
     * page's check goes through {@code checks}, with everything besides the page that it reads as the key.
     */
    Map<String, List<CheckedLink>> check(List<RenderedPage> pages, Memos memos, Diagnostics diagnostics) {
        Memo<RenderedPage, List<CheckedLink>> checks = memos.stage(CHECKS, () -> new SiteKey(targets.checkKey(),
                Map.copyOf(anchorsByUrl), Map.copyOf(movedAnchorsByUrl), Set.copyOf(generatedUrls)));
        Map<String, List<CheckedLink>> links = new HashMap<>(2 * pages.size());
        for (RenderedPage page : pages) {
            links.put(page.source().url(), checks.apply(page.source().contentPath(), page, diagnostics, sink -> check(page, sink)));
        }
        return links;
    }

    private List<CheckedLink> check(RenderedPage page, Diagnostics diagnostics) {
        List<CheckedLink> links = new ArrayList<>();
        for (LinkReference link : page.links()) {
            check(page.source(), link, links, diagnostics);
        }
        return List.copyOf(links);
    }

    private void check(SourcePage page, LinkReference link, List<CheckedLink> edges, Diagnostics diagnostics) {
        boolean wiki = link.kind() == LinkReference.Kind.WIKI;
        Resolution resolution = wiki ? targets.resolveWikiLink(page, link.target()) : targets.resolveHref(page, link.target());
        String shown = wiki ? "[[" + link.target() + "]]" : "'" + link.target() + "'";
        if (resolution instanceof Resolution.ToPage to) {
            checkAnchor(page, link, to.page(), to.fragment(), diagnostics);
            if (!to.page().equals(page) && link.kind() != LinkReference.Kind.IMAGE) {
                edges.add(new CheckedLink(to.page().url(), context(link, to.page())));
            }
        } else if (resolution instanceof Resolution.SamePage same) {
            checkAnchor(page, link, page, same.fragment(), diagnostics);
        } else if (resolution instanceof Resolution.ToDraft draft) {
            error(diagnostics, page, link, (wiki ? "wikilink " : "link ") + shown + " goes to a draft: " + draft.draft().displayPath() + " has 'draft: true'",
                    "publish that page first (remove 'draft: true'), or leave the link out until it is published");
        } else if (resolution instanceof Resolution.Ambiguous ambiguous) {
            error(diagnostics, page, link, "wikilink " + shown + " matches " + ambiguous.candidates().size() + " pages: "
                    + ambiguous.candidates().stream().map(SourcePage::displayPath).collect(Collectors.joining(", ")),
                    "name the folder too: " + ambiguous.candidates().stream()
                            .map(p -> "[[" + p.url().replaceAll("^/|/$", "") + "]]").collect(Collectors.joining(" or ")));
        } else if (resolution instanceof Resolution.Missing missing) {
            error(diagnostics, page, link, wiki ? "wikilink " + shown + " points to no page" : "link target " + shown + " does not exist",
                    missingHint(wiki, missing));
        } else if (resolution instanceof Resolution.OtherSitePath other) {
            checkSitePath(page, link, other, diagnostics);
        }
    }

    private void checkSitePath(SourcePage page, LinkReference link, Resolution.OtherSitePath other, Diagnostics diagnostics) {
        String path = other.path();
        if (generatedUrls.contains(path) || generatedUrls.contains(path + "/")) {
            return;
        }
        if (path.startsWith("/assets/") && Files.isRegularFile(config.themeDir().resolve(path.substring(1)))) {
            return;
        }
        List<String> known = new ArrayList<>(generatedUrls);
        known.addAll(anchorsByUrl.keySet());
        error(diagnostics, page, link, "link target '" + link.target() + "' is not an address on this site",
                Suggestions.closest(path, known).map(s -> "did you mean '" + s + "'?")
                        .orElse("link to a page with [[page-name]] or a path relative to this file, e.g. ../folder/page.md"));
    }

    private void checkAnchor(SourcePage page, LinkReference link, SourcePage target, String fragment,
            Diagnostics diagnostics) {
        List<String> anchors = anchorsByUrl.get(target.url());
        if (fragment.isEmpty() || anchors == null || anchors.contains(fragment)
                || movedAnchorsByUrl.get(target.url()).containsKey(fragment)) {
            return;
        }
        String where = target.equals(page) ? "this page" : target.displayPath();
        String hint = Suggestions.closest(fragment, anchors).map(s -> "did you mean '#" + s + "'?")
                .orElse(anchors.isEmpty() ? "that page has no headings; link to the page without '#" + fragment + "'"
                        : "its headings' anchors are: " + anchors.stream().limit(LISTED_ANCHORS).map(a -> "#" + a)
                                .collect(Collectors.joining(", ")) + (anchors.size() > LISTED_ANCHORS ? ", …" : ""));
        error(diagnostics, page, link, where + " has no heading with the anchor '#" + fragment + "'", hint);
    }

    private static String missingHint(boolean wiki, Resolution.Missing missing) {
        if (missing.suggestion() != null) {
            return wiki ? "did you mean [[" + missing.suggestion() + "]]?" : "did you mean '" + missing.suggestion() + "'?";
        }
        if (wiki) {
            return "write the page's file name without .md, e.g. [[raising-a-concern]], or folder/file-name if two pages share it";
        }
        return missing.wanted().toLowerCase(Locale.ROOT).endsWith(".md")
                ? "write the path of the markdown file relative to this one, e.g. ../folder/page.md, or use [[page-name]]"
                : "write the path of the file relative to this markdown file, e.g. images/diagram.png";
    }

    private static void error(Diagnostics diagnostics, SourcePage page, LinkReference link, String message, String hint) {
        diagnostics.error(page.displayPath(), link.line(), link.column(), message, hint);
    }

    /** The link's sentence; empty when the link is all there is (a list of links says nothing more). */
    private static String context(LinkReference link, SourcePage target) {
        if (link.before().isBlank() && link.after().strip().replaceAll("[.!?,;:]", "").isEmpty()) {
            return "";
        }
        String text = link.label() == null ? target.title() : link.label();
        return (link.before() + text + link.after()).strip();
    }
}
