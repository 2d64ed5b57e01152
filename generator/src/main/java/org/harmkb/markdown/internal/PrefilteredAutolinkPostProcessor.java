package org.harmkb.markdown.internal;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import org.jetbrains.annotations.NotNull;

/**
 * Flexmark's autolink post-processor, run only on text that could hold a link. The wrapped processor
 * unescapes every text node and runs a URL extractor and a regular expression over it, which cost about a
 * seventh of a whole build; but it can only ever find a link in text containing {@code :} (a URL scheme),
 * {@code @} (an e-mail address) or {@code www.}, so skipping other text changes no output. Text with a
 * backslash before a dot ({@code www\.x}) or an entity ({@code &#64;}) is always passed on, since unescaping can
 * produce those characters; other escapes cannot ({@code \:} and {@code \@} already hold the character), so a
 * page of backslashes is not handed to the extractor.
 */
public final class PrefilteredAutolinkPostProcessor extends NodePostProcessor {

    private final NodePostProcessor autolink;

    private PrefilteredAutolinkPostProcessor(NodePostProcessor autolink) {
        this.autolink = autolink;
    }

    @Override
    public void process(@NotNull NodeTracker state, @NotNull Node node) {
        // Typographic nodes are merged into the link by the wrapped processor: leave those cases to it.
        if (node.getNext() instanceof TypographicText || mayHoldLink(node.getChars())) {
            autolink.process(state, node);
        }
    }

    static boolean mayHoldLink(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '@' || c == '&' || c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '.') {
                return true;
            }
            if ((c == 'w' || c == 'W') && i + 3 < text.length() && text.charAt(i + 3) == '.'
                    && (text.charAt(i + 1) == 'w' || text.charAt(i + 1) == 'W')
                    && (text.charAt(i + 2) == 'w' || text.charAt(i + 2) == 'W')) {
                return true;
            }
        }
        return false;
    }

    /** Registers the processor for text nodes, like Flexmark's own autolink factory. */
    public static final class Factory extends NodePostProcessorFactory {

        private final AutolinkNodePostProcessor.Factory autolink = new AutolinkNodePostProcessor.Factory();

        public Factory() {
            super(false);
            addNodes(Text.class);
        }

        @NotNull
        @Override
        public NodePostProcessor apply(@NotNull Document document) {
            return new PrefilteredAutolinkPostProcessor(autolink.apply(document));
        }
    }
}
