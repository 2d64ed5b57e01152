package org.harmkb.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.harmkb.markdown.internal.PrefilteredAutolinkPostProcessor;

/**
 * GFM autolinks ({@code https://…}, {@code www.…}, e-mail addresses) with the same output as Flexmark's
 * {@code AutolinkExtension}, but skipping text that cannot contain a link.
 */
public final class AutolinkExtension implements Parser.ParserExtension {

    private AutolinkExtension() {
    }

    public static AutolinkExtension create() {
        return new AutolinkExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        com.vladsch.flexmark.ext.autolink.AutolinkExtension.create().parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new PrefilteredAutolinkPostProcessor.Factory());
    }
}
