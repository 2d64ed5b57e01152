// Times the search stage alone (Lucene indexing + export) on a corpus, for bench/pagefind-compare.sh:
// the pages are loaded, rendered and processed first, untimed, as a build would have them.
//
//   java -cp generator/target/kb.jar bench/pagefind-index-time.java CONFIG THEME_DIR RUNS

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.harmkb.config.ConfigLoader;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.ContentLoader;
import org.harmkb.content.ContentSet;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.html.HtmlProcessor;
import org.harmkb.html.PageBody;
import org.harmkb.markdown.MarkdownRenderer;
import org.harmkb.search.IndexLayout;
import org.harmkb.search.SearchDocuments;
import org.harmkb.search.SearchIndexBuilder;

class PagefindIndexTime {
    public static void main(String[] args) {
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = ConfigLoader.load(Path.of(args[0]), diagnostics).orElseThrow();
        config = config.withDirectories(config.contentDir(), Path.of(args[1]).toAbsolutePath(), config.outputDir());
        int runs = Integer.parseInt(args[2]);
        ContentSet content = new ContentLoader(config.contentDir(), false, diagnostics).load();
        MarkdownRenderer markdown = new MarkdownRenderer(List.of(MarkdownRenderer.CORE));
        HtmlProcessor html = new HtmlProcessor(config, HtmlProcessor.corePasses());
        List<PageBody> bodies = content.pages().parallelStream().map(p -> markdown.render(p, diagnostics))
                .flatMap(Optional::stream).map(page -> html.process(page, diagnostics)).toList();
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            new SearchIndexBuilder(config.search(), IndexLayout.DEFAULT).build(SearchDocuments.of(bodies, config), diagnostics);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        System.out.println("first " + millis.get(0) + " ms, median " + median(millis) + " ms over " + runs + " runs");
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
