package org.harmkb.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.ContentSet;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.html.HtmlPass;
import org.harmkb.html.HtmlProcessor;
import org.harmkb.html.LinkPasses;
import org.harmkb.html.PageBody;
import org.harmkb.html.UniqueIds;
import org.harmkb.link.SiteGraph;
import org.harmkb.markdown.RenderedPage;
import org.harmkb.memo.MemoStage;

/** {@link RenderedPage}s + {@link SiteGraph} → {@link PageBody}s: the HTML passes (ids, links, sanitising, text). */
final class HtmlStage {

    private static final MemoStage<Void, RenderedPage, SiteOutline.PageOutline> OUTLINES = new MemoStage<>("outline");
    /** Each page's processed HTML; the passes read other pages only through what the outline holds. */
    private static final MemoStage<SiteOutline, RenderedPage, PageBody> HTML = new MemoStage<>("html");

    private final BuildCache cache;
    private final BuildProgress progress;
    private final SiteConfig config;
    private final Set<String> templateIds;

    HtmlStage(BuildCache cache, BuildProgress progress, SiteConfig config, Set<String> templateIds) {
        this.cache = cache;
        this.progress = progress;
        this.config = config;
        this.templateIds = templateIds;
    }

    List<PageBody> run(ContentSet content, SiteGraph graph, List<RenderedPage> rendered, Diagnostics diagnostics) {
        // Ids first: the link passes add links to them.
        List<HtmlPass> passes = new ArrayList<>(List.of(new UniqueIds(templateIds)));
        passes.addAll(LinkPasses.of(graph));
        passes.addAll(HtmlProcessor.corePasses());
        HtmlProcessor html = new HtmlProcessor(config, passes);
        // HTML passes may look at other pages (link targets, titles): their results depend on the outline.
        List<SiteOutline.PageOutline> outlines = cache.each(OUTLINES, () -> null, rendered, HtmlStage::keyOf, diagnostics,
                (page, sink) -> SiteOutline.PageOutline.of(page));
        ProgressCounter processing = new ProgressCounter(progress, "Processing HTML", rendered.size());
        return cache.each(HTML, () -> SiteOutline.of(content, outlines), rendered, HtmlStage::keyOf, diagnostics,
                (page, sink) -> processing.count(html.process(page, sink)));
    }

    private static String keyOf(RenderedPage page) {
        return page.source().contentPath();
    }
}
