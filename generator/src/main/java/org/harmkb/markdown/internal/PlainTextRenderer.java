package org.harmkb.markdown.internal;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;

/**
 * Renders a {@link Text} node as Flexmark's core renderer does, {@code escapeHtml(normalizeEOL(unescape(text)))},
 * in one plain scan when that is simple: with no backslash or {@code &} there is nothing to unescape, with no
 * carriage return no line ending to normalise, and then escaping is {@code <}, {@code >} and {@code "} alone.
 * Any other text (and a NUL, which Flexmark reads as U+FFFD) goes to Flexmark's renderer.
 */
public final class PlainTextRenderer implements NodeRenderer {

    /** The characters the scan stops at: the three it escapes, and those that need Flexmark's passes. */
    private static final boolean[] SPECIAL = new boolean[128];

    static {
        for (char c : "<>\"\\&\r\0".toCharArray()) {
            SPECIAL[c] = true;
        }
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, this::render));
    }

    private void render(Text node, NodeRendererContext context, HtmlWriter html) {
        String escaped = escapedOrNull(textOf(node.getChars()));
        if (escaped == null) {
            context.delegateRender();
        } else {
            html.raw(escaped);
        }
    }

    /** The characters, copied from the page's text at once where they are one stretch of it. */
    static String textOf(BasedSequence chars) {
        if (chars instanceof SubSequence sub && sub.getBase() instanceof String base) {
            return base.substring(sub.getStartOffset(), sub.getEndOffset());
        }
        return chars.toString();
    }

    /** {@code text} escaped for HTML, or null when it holds what needs Flexmark's own passes. */
    static String escapedOrNull(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= SPECIAL.length || !SPECIAL[c]) {
                continue;
            }
            String entity = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity == null) {
                return null;
            }
            out = out != null ? out : new StringBuilder(text.length() + 16);
            out.append(text, copied, i).append(entity);
            copied = i + 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }
}
