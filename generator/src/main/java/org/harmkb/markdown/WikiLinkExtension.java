package org.harmkb.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import org.harmkb.markdown.internal.WikiLinkNodeRenderer;
import org.harmkb.markdown.internal.WikiLinkParser;

/**
 * Wikilinks: {@code [[slug]]}, {@code [[slug|custom text]]}, {@code [[slug#heading]]} and
 * {@code [[folder/slug]]}. What a target means is the {@link WikiLinkResolver}'s business; this extension
 * only parses the syntax and renders what the resolver finds. {@link LinkCollector} reports each wikilink
 * with its position so the link stage can check it.
 */
public final class WikiLinkExtension implements MarkdownExtension {

    private final WikiLinkResolver resolver;

    public WikiLinkExtension(WikiLinkResolver resolver) {
        this.resolver = resolver;
    }

    WikiLinkResolver resolver() {
        return resolver;
    }

    @Override
    public List<Extension> flexmarkExtensions() {
        return List.of(new FlexmarkExtension(resolver));
    }

    private record FlexmarkExtension(WikiLinkResolver resolver)
            implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

        @Override
        public void parserOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(Parser.Builder builder) {
            builder.customInlineParserExtensionFactory(new WikiLinkParser.Factory());
        }

        @Override
        public void rendererOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> new WikiLinkNodeRenderer(resolver));
        }
    }
}
