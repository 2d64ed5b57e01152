package org.harmkb.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.markdown.internal.PlaceholderNode;
import org.harmkb.markdown.internal.PlaceholderNodeRenderer;
import org.harmkb.markdown.internal.PlaceholderParser;

/**
 * Config placeholders in markdown: {@code [[helpline:id]]}, {@code [[helplines:nation]]},
 * {@code [[site:exit-label]]} and {@code [[site:contact]]}, so a number or address is written once, in
 * {@code site-config.yaml}, and every page shows the same. {@link ConfigPlaceholders} says what each renders;
 * an unknown id, nation or name is an error at its line and column.
 */
public final class PlaceholderExtension implements MarkdownExtension {

    private final ConfigPlaceholders values;

    public PlaceholderExtension(ConfigPlaceholders values) {
        this.values = values;
    }

    @Override
    public List<Extension> flexmarkExtensions() {
        return List.of(new FlexmarkExtension(values));
    }

    @Override
    public void check(SourcePage page, Document document, Diagnostics diagnostics) {
        for (Node node : document.getDescendants()) {
            if (!(node instanceof PlaceholderNode placeholder)) {
                continue;
            }
            int line = page.bodyLine() + node.getStartLineNumber();
            int column = node.getStartOffset() - node.getStartOfLine() + 1;
            ConfigPlaceholders.Value value = values.resolve(placeholder.kind(), placeholder.argument());
            if (!value.ok()) {
                diagnostics.error(page.displayPath(), line, column, value.error(), value.hint());
            } else if (placeholder.kind().equals("helplines") && PlaceholderNodeRenderer.onlyList(node.getParent()) == null) {
                diagnostics.error(page.displayPath(), line, column,
                        "[[helplines:" + placeholder.argument() + "]] is a list and must be on a line of its own",
                        "put it in a paragraph by itself, with a blank line before and after");
            }
        }
    }

    private record FlexmarkExtension(ConfigPlaceholders values)
            implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

        @Override
        public void parserOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(Parser.Builder builder) {
            builder.customInlineParserExtensionFactory(new PlaceholderParser.Factory());
        }

        @Override
        public void rendererOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> new PlaceholderNodeRenderer(values));
        }
    }
}
