package org.harmkb.markdown.internal;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import java.util.Optional;
import java.util.Set;
import org.harmkb.content.SourcePage;
import org.harmkb.markdown.MarkdownRenderer;
import org.harmkb.markdown.WikiLinkResolver;
import org.harmkb.markdown.WikiLinkResolver.WikiLinkTarget;

/**
 * Renders a {@link WikiLinkNode} as {@code <a href="/site/path/">label or title</a>}. An unresolved link
 * renders as its label (or target) in plain text; the link stage fails the build for it.
 */
public final class WikiLinkNodeRenderer implements NodeRenderer {

    private final WikiLinkResolver resolver;

    public WikiLinkNodeRenderer(WikiLinkResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(WikiLinkNode.class, this::render));
    }

    private void render(WikiLinkNode node, NodeRendererContext context, HtmlWriter html) {
        SourcePage page = MarkdownRenderer.SOURCE_PAGE.get(context.getDocument());
        Optional<WikiLinkTarget> target = page == null ? Optional.empty() : resolver.resolve(page, node.target());
        if (target.isEmpty()) {
            html.text(node.label() == null ? node.target() : node.label());
            return;
        }
        html.attr("href", target.get().path()).withAttr().tag("a");
        html.text(node.label() == null ? target.get().title() : node.label());
        html.tag("/a");
    }
}
