package org.harmkb.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything found under the content folder. Lists are sorted by content path.
 *
 * @param pages         the pages to publish (drafts only when drafts were asked for)
 * @param skippedDrafts draft pages left out of this build; later stages use them to report links to drafts
 * @param staticFiles   files copied as they are
 * @param sitePaths     content path ({@code rights/complaints.md}) to site path ({@code /rights/complaints/})
 *                      for every published page and static file
 */
public record ContentSet(List<SourcePage> pages, List<SourcePage> skippedDrafts, List<StaticFile> staticFiles,
        Map<String, String> sitePaths) {

    public ContentSet {
        pages = List.copyOf(pages);
        skippedDrafts = List.copyOf(skippedDrafts);
        staticFiles = List.copyOf(staticFiles);
        sitePaths = Map.copyOf(sitePaths);
    }

    public static ContentSet of(List<SourcePage> pages, List<SourcePage> skippedDrafts, List<StaticFile> staticFiles) {
        // Built immutable at once (content paths are unique), so the constructor's copy is the same map: one
        // table of 10,000 entries per serve rebuild rather than two.
        List<Map.Entry<String, String>> sitePaths = new ArrayList<>(pages.size() + staticFiles.size());
        pages.forEach(p -> sitePaths.add(Map.entry(p.contentPath(), p.url())));
        staticFiles.forEach(f -> sitePaths.add(Map.entry(f.contentPath(), f.sitePath())));
        @SuppressWarnings("unchecked")
        Map.Entry<String, String>[] entries = sitePaths.toArray(new Map.Entry[0]);
        return new ContentSet(pages, skippedDrafts, staticFiles, Map.ofEntries(entries));
    }

    /** The site path of a content-relative path: a page's URL or a static file's path. */
    public Optional<String> sitePathOf(String contentPath) {
        return Optional.ofNullable(sitePaths.get(contentPath));
    }
}
