package org.harmkb.pipeline;

import java.util.List;
import org.harmkb.config.SiteConfig;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.link.TermCounts;
import org.harmkb.html.PageBody;
import org.harmkb.memo.Latest;
import java.util.Optional;
import org.harmkb.memo.MemoStage;
import org.harmkb.search.IndexLayout;
import org.harmkb.search.SearchDocument;
import org.harmkb.search.SearchDocuments;
import org.harmkb.search.SearchFile;
import org.harmkb.search.SearchIndexBuilder;

/**
 * {@link PageBody}s → the static search index's {@link SearchFile}s. Its files depend on every document together
 * (term statistics, shards), so they are reused only while no document changed: documents are values, compared
 * page by page. Not current when the cache defers a changed index ({@code serve} publishes the pages first): the
 * last index's files on disk then stay as they are, and {@link SiteBuilder#computeDeferredWork()} builds the new
 * index for a later build to write.
 */
final class SearchStage {

    private static final MemoStage<Void, PageBody, Optional<SearchDocument>> SEARCH_DOCUMENTS = new MemoStage<>("search documents");
    /**
     * The static search index: its files depend on every document together (term statistics, shards). Kept with
     * each page's analysed words, which related articles are found from.
     */
    private static final MemoStage<Void, List<SearchDocument>, Indexed> SEARCH_INDEX = new MemoStage<>("search index");

    /** The index's files, and each indexed page's words with their counts (keyed by href) for {@link RelatedStage}. */
    record Indexed(List<SearchFile> files, TermCounts terms) {
    }

    private final BuildCache cache;
    private final SiteConfig config;

    SearchStage(BuildCache cache, SiteConfig config) {
        this.cache = cache;
        this.config = config;
    }

    Latest<Indexed> run(List<PageBody> bodies, Diagnostics diagnostics) {
        // Drafts (built with --drafts) are left out of the index: their entry is empty.
        List<Optional<SearchDocument>> perPage = cache.each(SEARCH_DOCUMENTS, () -> null, bodies,
                body -> body.page().source().contentPath(), diagnostics,
                (body, sink) -> body.page().source().frontMatter().draft() ? Optional.empty()
                        : Optional.of(SearchDocuments.of(List.of(body), config).get(0)));
        List<SearchDocument> docs = perPage.stream().flatMap(Optional::stream).toList();
        return cache.latest(SEARCH_INDEX, docs, diagnostics,
                sink -> {
                    SearchIndexBuilder.SearchIndex index = new SearchIndexBuilder(config.search(), IndexLayout.DEFAULT).build(docs, sink);
                    return new Indexed(index.files(), index.terms());
                });
    }
}
