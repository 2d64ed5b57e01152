package org.harmkb.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.harmkb.config.ConfigLoader;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.ContentSet;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.Severity;
import org.harmkb.html.PageBody;
import org.harmkb.lint.LintRunner;
import org.harmkb.link.GraphBuilder;
import org.harmkb.link.LinkTargets;
import org.harmkb.link.SiteGraph;
import org.harmkb.markdown.RenderedPage;
import org.harmkb.memo.Latest;
import org.harmkb.output.OutputChanges;
import org.harmkb.phrases.PhraseBooks;
import org.harmkb.search.SearchFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each stage run on its own, fed the typed output of the stage before it, as SiteBuilder orders them. */
class PipelineStagesTest {

    @TempDir
    Path temp;

    private final Diagnostics diagnostics = new Diagnostics();
    private final BuildCache cache = BuildCache.disabled();
    private BuildOptions options;
    private SiteConfig config;
    private ContentStage.Read read;
    private ContentSet content;
    private LintRunner lints;

    @BeforeEach
    void readSite() throws IOException {
        Path configFile = SiteTrees.writeSite(temp.resolve("site"), Map.of(
                "index.md", SiteTrees.page("Home", "Start with [[first]]."),
                "first.md", SiteTrees.page("First steps", "Where to begin.\n\nSee also [[second]].\n"),
                "second.md", SiteTrees.page("Second steps", "What comes next.\n")));
        options = BuildOptions.defaults(configFile);
        config = ConfigLoader.load(configFile, diagnostics).orElseThrow();
        read = new ContentStage(cache).run(config, false, diagnostics);
        content = read.content();
        lints = new LintRunner(config.lints(), LintRunner.builtIn(config), LocalDate.now(), Severity.WARNING);
    }

    @Test
    void markdownStageRendersEveryPageAndResolvesWikilinksAgainstTheTargetsItIsGiven() {
        List<RenderedPage> rendered = new MarkdownStage(cache, BuildProgress.NONE, config, Set.of(), lints)
                .run(read, new LinkTargets(content), diagnostics);

        assertThat(rendered).extracting(page -> page.source().contentPath())
                .containsExactlyInAnyOrder("index.md", "first.md", "second.md");
        assertThat(rendered.stream().filter(page -> page.source().contentPath().equals("index.md")).findFirst()
                .orElseThrow().html()).contains("href=\"/first/\"").contains("First steps");
        assertThat(diagnostics.errorCount()).as(diagnostics.sorted().toString()).isZero();
    }

    @Test
    void contentStageGivesLaterStagesThePagesWithoutTheirMarkdownAndTheMarkdownStageRendersThoseVeryPages() {
        assertThat(read.withMarkdown().pages()).extracting(SourcePage::body)
                .anySatisfy(body -> assertThat(body).contains("Where to begin."));
        assertThat(content.pages()).extracting(SourcePage::contentPath)
                .containsExactlyElementsOf(read.withMarkdown().pages().stream().map(SourcePage::contentPath).toList());
        SourcePage first = content.pages().stream().filter(page -> page.contentPath().equals("first.md")).findFirst()
                .orElseThrow();
        assertThatThrownBy(first::body).isInstanceOf(IllegalStateException.class).hasMessageContaining("first.md");
        assertThat(first.title()).isEqualTo("First steps");

        List<RenderedPage> rendered = new MarkdownStage(cache, BuildProgress.NONE, config, Set.of(), lints)
                .run(read, new LinkTargets(content), diagnostics);

        // The same instances: stages after markdown compare pages by identity first.
        for (RenderedPage page : rendered) {
            assertThat(content.pages()).anySatisfy(published -> assertThat(published).isSameAs(page.source()));
        }
    }

    @Test
    void htmlStageTurnsRenderedPagesIntoBodiesWithPlainText() {
        LinkTargets targets = new LinkTargets(content);
        List<RenderedPage> rendered = new MarkdownStage(cache, BuildProgress.NONE, config, Set.of(), lints)
                .run(read, targets, diagnostics);
        SiteGraph graph = GraphBuilder.build(config, rendered, targets, false, diagnostics);

        List<PageBody> bodies = new HtmlStage(cache, BuildProgress.NONE, config, Set.of("main"))
                .run(content, graph, rendered, diagnostics);

        assertThat(bodies).hasSize(3);
        PageBody first = bodies.stream().filter(body -> body.page().source().contentPath().equals("first.md"))
                .findFirst().orElseThrow();
        assertThat(first.text()).contains("Where to begin.").doesNotContain("<p>");
        assertThat(first.html()).contains("Second steps");
    }

    @Test
    void searchAndWriteStagesPublishTheBodiesTheyAreGiven() throws IOException {
        ThemeStage.Theme theme = new ThemeStage(cache).run(config, diagnostics);
        LinkTargets targets = new LinkTargets(content);
        List<RenderedPage> rendered = new MarkdownStage(cache, BuildProgress.NONE, config, theme.templateIds(), lints)
                .run(read, targets, diagnostics);
        SiteGraph graph = GraphBuilder.build(config, rendered, targets, false, diagnostics);
        List<PageBody> bodies = new HtmlStage(cache, BuildProgress.NONE, config, theme.templateIds())
                .run(content, graph, rendered, diagnostics);
        new LintStage(cache, config, lints).run(bodies, diagnostics);
        PhraseBooks phrases = PhraseBooks.read(config, content, graph.targets(), diagnostics);

        Latest<SearchStage.Indexed> indexed = new SearchStage(cache, config).run(bodies, diagnostics);
        assertThat(indexed.current()).isTrue();
        Latest<List<SearchFile>> search = new Latest<>(indexed.value().files(), indexed.current());
        assertThat(search.value()).isNotEmpty();
        SiteGraph linked = new RelatedStage(cache, config).run(graph, rendered, indexed.value().terms(), diagnostics);

        Optional<OutputChanges> written = new WriteStage(cache, BuildProgress.NONE, config).run(theme, content, phrases,
                bodies, linked, search, Optional.of(options.checkOutputFolder(config)), diagnostics);
        assertThat(written).as(diagnostics.sorted().toString()).isPresent();
        assertThat(Files.readString(config.outputDir().resolve("first/index.html"))).contains("Where to begin.");
        for (SearchFile file : search.value()) {
            assertThat(config.outputDir().resolve(file.sitePath().substring(1))).exists();
        }
    }

    @Test
    void writeStageWithoutAFolderStillAppliesTemplatesButWritesNothing() {
        ThemeStage.Theme theme = new ThemeStage(cache).run(config, diagnostics);
        LinkTargets targets = new LinkTargets(content);
        List<RenderedPage> rendered = new MarkdownStage(cache, BuildProgress.NONE, config, theme.templateIds(), lints)
                .run(read, targets, diagnostics);
        SiteGraph graph = GraphBuilder.build(config, rendered, targets, false, diagnostics);
        List<PageBody> bodies = new HtmlStage(cache, BuildProgress.NONE, config, theme.templateIds())
                .run(content, graph, rendered, diagnostics);

        Optional<OutputChanges> written = new WriteStage(cache, BuildProgress.NONE, config).run(theme, content,
                PhraseBooks.read(config, content, graph.targets(), diagnostics), bodies, graph,
                new Latest<>(List.of(), true), Optional.empty(), diagnostics);

        assertThat(written).isEmpty();
        assertThat(config.outputDir()).doesNotExist();
        assertThat(diagnostics.errorCount()).as(diagnostics.sorted().toString()).isZero();
    }
}
