package org.harmkb.markdown;

import java.util.Optional;
import org.harmkb.content.SourcePage;

/**
 * Finds the page a wikilink names, so the markdown stage can render its address and, without a custom
 * label, its title. Implementations must be thread-safe: pages render in parallel.
 */
@FunctionalInterface
public interface WikiLinkResolver {

    /**
     * The target of {@code [[target]]} written in {@code from}, or empty when it names no single published
     * page. Empty never throws or reports: the link stage reports broken links with their position.
     */
    Optional<WikiLinkTarget> resolve(SourcePage from, String target);

    /**
     * A resolved wikilink.
     *
     * @param path  site path with any fragment, e.g. {@code /rights/complaints/#how-to-complain}; the HTML stage
     *              adds the base path
     * @param title the target page's title
     */
    record WikiLinkTarget(String path, String title) {
    }
}
