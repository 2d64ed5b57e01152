package org.harmkb.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.harmkb.markdown.internal.PlainTextRenderer;

/**
 * Renders plain text nodes without Flexmark's three regular-expression passes (unescape, line endings,
 * HTML escaping), with the same output: see {@link PlainTextRenderer}. Every build uses it; text is most of
 * a page, and those passes were a tenth of rendering.
 */
public final class PlainTextRendering implements HtmlRenderer.HtmlRendererExtension {

    private PlainTextRendering() {
    }

    public static PlainTextRendering create() {
        return new PlainTextRendering();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new PlainTextRenderer());
    }
}
