package org.harmkb.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.ContentSet;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.lint.LintRunner;
import org.harmkb.link.LinkTargets;
import org.harmkb.markdown.ConfigPlaceholders;
import org.harmkb.markdown.MarkdownExtension;
import org.harmkb.markdown.MarkdownRenderer;
import org.harmkb.markdown.PlaceholderExtension;
import org.harmkb.markdown.RenderedPage;
import org.harmkb.markdown.WikiLinkExtension;
import org.harmkb.markdown.WikiLinkResolver;
import org.harmkb.memo.Memo;
import org.harmkb.memo.MemoStage;

/**
 * {@link ContentSet} + {@link LinkTargets} → {@link RenderedPage}s, running each page's own lints on the syntax
 * tree rendering parsed (markdown is parsed once). Pages that fail to render are left out, their errors reported.
 */
final class MarkdownStage {

    /** Each page's markdown rendered; wikilinks read every page's address and title. */
    private static final MemoStage<LinkTargets.RenderKey, SourcePage, Optional<RenderedPage>> MARKDOWN =
            new MemoStage<>("markdown");
    /** Each page's lint findings; they read the page, today's date (review deadlines) and wikilink targets. */
    private static final MemoStage<LintKey, SourcePage, Boolean> LINTS = new MemoStage<>("lints");

    /**
     * Both of the above for one page: its rendering, with the diagnostics of both replayed. Its site key holds
     * both memos' (the lint key holds the render key).
     */
    private static final MemoStage<LintKey, SourcePage, Optional<RenderedPage>> PAGES = new MemoStage<>("markdown and lints");

    /** What lint findings read besides the page. */
    private record LintKey(LocalDate today, LinkTargets.RenderKey targets) {
    }

    private final BuildCache cache;
    private final BuildProgress progress;
    private final SiteConfig config;
    private final Set<String> templateIds;
    private final LintRunner lints;

    /** @param templateIds the ids the theme's templates use, which headings must not take */
    MarkdownStage(BuildCache cache, BuildProgress progress, SiteConfig config, Set<String> templateIds, LintRunner lints) {
        this.cache = cache;
        this.progress = progress;
        this.config = config;
        this.templateIds = templateIds;
        this.lints = lints;
    }

    /**
     * The markdown renderer of a session, built once (Flexmark's set-up is not free); its wikilinks resolve
     * against the current build's {@link LinkTargets}, set before each build renders.
     */
    private static final class Markdown {
        final MarkdownRenderer renderer;
        volatile LinkTargets targets;

        Markdown(SiteConfig config, Set<String> templateIds) {
            this.renderer = new MarkdownRenderer(extensions(config, (from, target) -> targets.resolve(from, target)),
                    templateIds);
        }
    }

    private static List<MarkdownExtension> extensions(SiteConfig config, WikiLinkResolver wikiLinks) {
        List<MarkdownExtension> extensions = new ArrayList<>(List.of(MarkdownRenderer.CORE, new WikiLinkExtension(wikiLinks),
                new PlaceholderExtension(new ConfigPlaceholders(config))));
        if (config.typographicQuotes()) {
            extensions.add(MarkdownRenderer.TYPOGRAPHIC);
        }
        return extensions;
    }

    /**
     * Renders {@code read}'s pages with their markdown; each rendered page's source is the same instance as the page in
     * {@code read.content()}, which is what later stages hold.
     */
    List<RenderedPage> run(ContentStage.Read read, LinkTargets targets, Diagnostics diagnostics) {
        ContentSet content = read.withMarkdown();
        Map<SourcePage, SourcePage> published = new IdentityHashMap<>(2 * content.pages().size());
        for (int i = 0; i < content.pages().size(); i++) {
            published.put(content.pages().get(i), read.content().pages().get(i));
        }
        // Thread-safe and a function of the config and theme only, which a kept cache shares.
        Markdown markdown = cache.state(Markdown.class, () -> new Markdown(config, templateIds));
        markdown.targets = targets;
        // A page's HTML depends on the others' addresses and titles through its wikilinks.
        Memo<SourcePage, Optional<RenderedPage>> markdownStage = cache.stage(MARKDOWN, targets::renderKey);
        // Lints read wikilinks as links, with the text they render: the target's title unless one is written.
        // Each page's findings depend on the page, the config and today's date (review deadlines).
        LintKey lintKey = new LintKey(lints.today(), targets.renderKey());
        Memo<SourcePage, Boolean> lintStage = cache.stage(LINTS, () -> lintKey);
        ProgressCounter rendering = new ProgressCounter(progress, "Rendering markdown", content.pages().size());
        // The two memos above, for the pages that changed; the very pages of the last build need neither lookup.
        return cache.each(PAGES, () -> lintKey, content.pages(), SourcePage::contentPath, diagnostics,
                        (page, sink) -> rendering.count(renderAndLint(page, published.get(page), markdown.renderer, markdownStage,
                                lintStage, sink)))
                .stream()
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * Renders one page and runs its lints on the syntax tree rendering parsed, then lets the tree go: only the
     * pages being worked on hold a tree.
     */
    private Optional<RenderedPage> renderAndLint(SourcePage page, SourcePage publishedPage, MarkdownRenderer renderer,
            Memo<SourcePage, Optional<RenderedPage>> markdownStage, Memo<SourcePage, Boolean> lintStage,
            Diagnostics diagnostics) {
        AtomicReference<MarkdownRenderer.Rendering> fresh = new AtomicReference<>();
        Optional<RenderedPage> rendered = markdownStage.apply(page.contentPath(), page, diagnostics,
                sink -> renderer.renderTree(page, sink).map(rendering -> {
                    fresh.set(rendering);
                    return rendering.page().withSource(publishedPage);
                }));
        rendered.ifPresent(kept -> lintStage.apply(page.contentPath(), page, diagnostics, findings -> {
            // A rendering kept from an earlier build has no tree; parse again only then (serve, a new day).
            MarkdownRenderer.Rendering rendering = fresh.get() != null ? fresh.get()
                    : renderer.renderTree(page, new Diagnostics()).orElseThrow();
            lints.checkPage(page, rendering.tree(), findings);
            return Boolean.TRUE;
        }));
        return rendered;
    }
}
