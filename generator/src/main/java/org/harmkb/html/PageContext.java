package org.harmkb.html;

import org.harmkb.config.SiteConfig;
import org.harmkb.content.ContentSet;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.markdown.RenderedPage;

/** What an {@link HtmlPass} may read while processing one page. */
public record PageContext(RenderedPage page, ContentSet content, SiteConfig config, Diagnostics diagnostics) {
}
