package org.harmkb.markdown;

import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;

/**
 * The narrow extension point of the markdown stage: contributes Flexmark extensions. The built-in
 * set (tables, strikethrough, autolinks, footnotes) is registered through this same interface.
 */
public interface MarkdownExtension {

    /** Flexmark extensions to add to the parser and renderer. */
    List<Extension> flexmarkExtensions();
}
