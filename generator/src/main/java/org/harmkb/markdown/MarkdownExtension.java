package org.harmkb.markdown;

import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import com.vladsch.flexmark.util.ast.Document;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;

/**
 * The narrow extension point of the markdown stage: contributes Flexmark extensions. The built-in
 * set (tables, strikethrough, autolinks, footnotes) is registered through this same interface.
 */
public interface MarkdownExtension {

    /** Flexmark extensions to add to the parser and renderer. */
    List<Extension> flexmarkExtensions();

    /**
     * Reports problems in what this extension parsed on {@code page}, e.g. a placeholder naming nothing.
     * Called once per page after parsing, before rendering; the document must only be read.
     */
    default void check(SourcePage page, Document document, Diagnostics diagnostics) {
    }
}
