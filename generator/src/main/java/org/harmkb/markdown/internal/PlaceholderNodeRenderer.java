package org.harmkb.markdown.internal;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Set;
import org.harmkb.markdown.ConfigPlaceholders;

/**
 * Renders a {@link PlaceholderNode} as its config value. A paragraph holding nothing but a
 * {@code [[helplines:…]]} list is rendered as the list alone, since a list may not sit inside {@code <p>}.
 * A placeholder without a value renders as nothing; the markdown stage reports it.
 */
public final class PlaceholderNodeRenderer implements NodeRenderer {

    private final ConfigPlaceholders values;

    public PlaceholderNodeRenderer(ConfigPlaceholders values) {
        this.values = values;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(PlaceholderNode.class, this::render),
                new NodeRenderingHandler<>(Paragraph.class, this::paragraph));
    }

    private void render(PlaceholderNode node, NodeRendererContext context, HtmlWriter html) {
        ConfigPlaceholders.Value value = values.resolve(node.kind(), node.argument());
        if (value.ok()) {
            html.raw(value.html());
        }
    }

    private void paragraph(Paragraph paragraph, NodeRendererContext context, HtmlWriter html) {
        PlaceholderNode list = onlyList(paragraph);
        if (list == null) {
            context.delegateRender();
            return;
        }
        html.line();
        render(list, context, html);
    }

    /** The paragraph's one {@code [[helplines:…]]}, when it holds nothing else but blanks; otherwise null. */
    public static PlaceholderNode onlyList(Node paragraph) {
        PlaceholderNode found = null;
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof PlaceholderNode p && p.kind().equals("helplines") && found == null) {
                found = p;
            } else if (!child.getChars().isBlank()) {
                return null;
            }
        }
        return found;
    }
}
