package org.harmkb.html;

import java.util.List;
import org.harmkb.config.SiteConfig;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.markdown.RenderedPage;
import org.jsoup.nodes.Document;

/** Sanitises a rendered page and runs the HTML passes over it in order. Thread-safe. */
public final class HtmlProcessor {

    /**
     * The passes every build runs, after sanitising and after the link passes ({@link LinkPasses}, which
     * rewrite written addresses and need the site graph).
     */
    public static List<HtmlPass> corePasses() {
        return List.of(new ExternalLinkAttributes(), new DecorativeImages());
    }

    private final HtmlSanitizer sanitizer;
    private final List<HtmlPass> passes;
    private final SiteConfig config;

    public HtmlProcessor(SiteConfig config, List<HtmlPass> passes) {
        this.sanitizer = new HtmlSanitizer(config.html());
        this.passes = List.copyOf(passes);
        this.config = config;
    }

    /** Processes one page, reporting its problems to {@code diagnostics} (so a cache can keep them with the page). */
    public PageBody process(RenderedPage page, Diagnostics diagnostics) {
        try {
            return passes(page, diagnostics);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // The error fails the build, so the empty body is never published.
            diagnostics.pageFailed(page.source().displayPath(), page.source().bodyLine(), "process as HTML", e);
            return new PageBody(page.withoutHtml(), "", "");
        }
    }

    private PageBody passes(RenderedPage page, Diagnostics diagnostics) {
        Document body = sanitizer.clean(page.html());
        PageContext context = new PageContext(page, config, diagnostics);
        for (HtmlPass pass : passes) {
            pass.apply(body, context);
        }
        return new PageBody(page.withoutHtml(), body.body().html(), body.body().text());
    }
}
