package org.harmkb.html;

import org.harmkb.config.SiteConfig;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.markdown.RenderedPage;

/**
 * What an {@link HtmlPass} may read while processing one page: the page and the config. What a pass needs of
 * other pages it gets when it is made (link targets, the glossary), so a build cache can key the HTML stage on
 * exactly that: no pass can read another page's body unseen.
 */
public record PageContext(RenderedPage page, SiteConfig config, Diagnostics diagnostics) {
}
