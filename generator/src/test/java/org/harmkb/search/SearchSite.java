package org.harmkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.harmkb.pipeline.BuildOptions;
import org.harmkb.pipeline.BuildResult;
import org.harmkb.pipeline.SiteBuilder;
import org.harmkb.config.ConfigLoader;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.ContentLoader;
import org.harmkb.content.ContentSet;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.html.HtmlPass;
import org.harmkb.html.HtmlProcessor;
import org.harmkb.html.LinkPasses;
import org.harmkb.html.PageBody;
import org.harmkb.html.UniqueIds;
import org.harmkb.link.GraphBuilder;
import org.harmkb.link.LinkTargets;
import org.harmkb.link.SiteGraph;
import org.harmkb.markdown.ConfigPlaceholders;
import org.harmkb.markdown.MarkdownExtension;
import org.harmkb.markdown.MarkdownRenderer;
import org.harmkb.markdown.PlaceholderExtension;
import org.harmkb.markdown.RenderedPage;
import org.harmkb.markdown.WikiLinkExtension;
import org.harmkb.template.TemplateIds;

/**
 * A site built for the search tests, with the Lucene index behind its search files: the site through
 * {@link SiteBuilder} as {@code build} makes it, and the index again from the same pages through the
 * stages' public API, checked to export byte-identical files.
 */
record SearchSite(Path output, SearchIndexBuilder.SearchIndex index, List<PageBody> bodies) {

    static final Path CORPUS = Path.of("generator/src/test/resources/search-corpus/content");
    static final Path LIVE_CONTENT = Path.of("content");
    static final Path CONFIG = Path.of("generator/src/test/resources/sites/_default-config.yaml");
    /** The live content places helplines and the contact address from the real config, so it builds with it. */
    static final Path LIVE_CONFIG = Path.of("site-config.yaml");

    /** Whether the repository's own content/ has articles yet (it is written in parallel). */
    static boolean liveContentPresent() throws IOException {
        if (!Files.isDirectory(LIVE_CONTENT)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(LIVE_CONTENT)) {
            return files.filter(p -> p.toString().endsWith(".md")).count() >= 10;
        }
    }

    static SearchSite build(Path content, Path output) throws IOException {
        Path configFile = content.equals(LIVE_CONTENT) ? LIVE_CONFIG : CONFIG;
        BuildResult result = new SiteBuilder().build(new BuildOptions(configFile, Optional.of(content), Optional.of(Path.of("theme")),
                Optional.of(output), Optional.empty(), false, true));
        assertThat(result.errorCount()).as(result.diagnostics().toString()).isZero();

        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = ConfigLoader.load(configFile, diagnostics).orElseThrow()
                .withDirectories(content.toAbsolutePath().normalize(), Path.of("theme").toAbsolutePath(),
                        output.toAbsolutePath());
        config = config.withSearch(ReaderVocabulary.apply(config.search(), config.contentDir(), diagnostics));
        ContentSet set = new ContentLoader(config.contentDir(), false, diagnostics).load();
        List<PageBody> bodies = pageBodies(config, set, diagnostics);
        SearchIndexBuilder.SearchIndex index = new SearchIndexBuilder(config.search(), IndexLayout.DEFAULT)
                .build(SearchDocuments.of(bodies, config), diagnostics);
        for (SearchFile file : index.files()) {
            assertThat(output.resolve(file.sitePath().substring(1))).as(file.sitePath()).hasBinaryContent(file.bytes());
        }
        return new SearchSite(output, index, bodies);
    }

    /**
     * The pages' bodies as the build's markdown, link and HTML stages make them, through the stages' public
     * API. {@link #build} checks that indexing them gives the published files, so a difference from the
     * build's own wiring fails there rather than passing unseen.
     */
    private static List<PageBody> pageBodies(SiteConfig config, ContentSet content, Diagnostics diagnostics) {
        Set<String> templateIds = TemplateIds.read(config.themeDir());
        LinkTargets targets = new LinkTargets(content);
        List<MarkdownExtension> extensions = new ArrayList<>(List.of(MarkdownRenderer.CORE, new WikiLinkExtension(targets),
                new PlaceholderExtension(new ConfigPlaceholders(config))));
        if (config.typographicQuotes()) {
            extensions.add(MarkdownRenderer.TYPOGRAPHIC);
        }
        MarkdownRenderer markdown = new MarkdownRenderer(extensions, templateIds);
        List<RenderedPage> rendered = content.pages().stream().map(page -> markdown.render(page, diagnostics))
                .flatMap(Optional::stream).toList();
        SiteGraph graph = GraphBuilder.build(config, rendered, targets, false, diagnostics);
        List<HtmlPass> passes = new ArrayList<>(List.of(new UniqueIds(templateIds)));
        passes.addAll(LinkPasses.of(graph));
        passes.addAll(HtmlProcessor.corePasses());
        HtmlProcessor html = new HtmlProcessor(config, passes);
        return rendered.stream().map(page -> html.process(page, diagnostics)).toList();
    }
}
