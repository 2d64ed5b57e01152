package org.harmkb.content;

import java.util.HashMap;
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
        Map<String, String> sitePaths = new HashMap<>();
        pages.forEach(p -> sitePaths.put(p.contentPath(), p.url()));
        staticFiles.forEach(f -> sitePaths.put(f.contentPath(), f.sitePath()));
        return new ContentSet(pages, skippedDrafts, staticFiles, sitePaths);
    }

    /** The site path of a content-relative path: a page's URL or a static file's path. */
    public Optional<String> sitePathOf(String contentPath) {
        return Optional.ofNullable(sitePaths.get(contentPath));
    }
}
