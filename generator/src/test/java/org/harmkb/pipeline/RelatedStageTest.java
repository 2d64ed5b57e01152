package org.harmkb.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Related articles count the words of the addresses an article links to, as its markdown has them. */
class RelatedStageTest {

    @TempDir
    Path temp;

    private final Diagnostics diagnostics = new Diagnostics();
    private final BuildCache cache = BuildCache.disabled();

    private SiteGraph related(Map<String, String> files) throws IOException {
        return related(files, "");
    }

    private SiteGraph related(Map<String, String> files, String moreConfig) throws IOException {
        Path configFile = SiteTrees.writeSite(temp.resolve("site"), files);
        Files.writeString(configFile, moreConfig, StandardOpenOption.APPEND);
        SiteConfig config = ConfigLoader.load(configFile, diagnostics).orElseThrow();
        ContentStage.Read read = new ContentStage(cache).run(config, false, diagnostics);
        ContentSet content = read.content();
        LintRunner lints = new LintRunner(config.lints(), LintRunner.builtIn(config), LocalDate.now(), Severity.WARNING);
        ThemeStage.Theme theme = new ThemeStage(cache).run(config, diagnostics);
        LinkTargets targets = new LinkTargets(content);
        List<RenderedPage> rendered = new MarkdownStage(cache, BuildProgress.NONE, config, theme.templateIds(), lints)
                .run(read, targets, diagnostics);
        SiteGraph graph = GraphBuilder.build(config, rendered, targets, false, diagnostics);
        List<PageBody> bodies = new HtmlStage(cache, BuildProgress.NONE, config, theme.templateIds())
                .run(content, graph, rendered, diagnostics);
        SearchStage.Indexed indexed = new SearchStage(cache, config).run(bodies, diagnostics).value();
        return new RelatedStage(cache, config).run(graph, rendered, indexed.terms(), diagnostics);
    }

    private static List<String> urls(List<SourcePage> pages) {
        return pages.stream().map(SourcePage::url).toList();
    }

    @Test
    void theWordsOfAnAddressLinkedToTwiceCharacteriseTheArticleThoughItsTextHasThemNot() throws IOException {
        // The linking article's text is only "this guide" and "that one": its links' addresses name kestrels twice.
        SiteGraph graph = related(Map.of(
                "index.md", SiteTrees.page("Home", "Welcome."),
                "kestrel-watching.md", SiteTrees.page("Kestrel watching", "Kestrel hover. Kestrel hunt. Watching kestrel."),
                "links.md", SiteTrees.page("Further reading", "Read [[kestrel-watching|this guide]] and "
                        + "[that one](kestrel-watching.md)."),
                "pensions.md", SiteTrees.page("Pensions", "Pension money. Pension money.")));

        assertThat(urls(graph.relatedTo("/links/"))).containsExactly("/kestrel-watching/");
        assertThat(urls(graph.relatedTo("/kestrel-watching/"))).containsExactly("/links/");
        assertThat(graph.relatedTo("/pensions/")).isEmpty();
    }

    @Test
    void aWikilinkWithoutLabelCountsItsAddressInsteadOfTheTitleItShows() throws IOException {
        // The text shows "Osprey nesting" twice; the markdown names only the address, which shares no word with it.
        SiteGraph graph = related(Map.of(
                "index.md", SiteTrees.page("Home", "Welcome."),
                "birds.md", SiteTrees.page("Osprey nesting", "Osprey nesting. Osprey nesting."),
                "links.md", SiteTrees.page("Further reading", "Read [[birds]] and again [[birds]]."),
                "more.md", SiteTrees.page("Birds", "Birds. Birds.")));

        assertThat(urls(graph.relatedTo("/links/"))).containsExactly("/more/");
    }

    @Test
    void aHelplinePlaceholderCountsAsWrittenNotAsTheTextItStandsFor() throws IOException {
        // The text of both callers shows "Kestrel Line" twice; their markdown has only the placeholder.
        SiteGraph graph = related(Map.of(
                "index.md", SiteTrees.page("Home", "Welcome."),
                "calling.md", SiteTrees.page("Calling", "Call [[helpline:kestrel]]. Or call [[helpline:kestrel]]."),
                "ringing.md", SiteTrees.page("Ringing", "Ring [[helpline:kestrel]]. Or ring [[helpline:kestrel]]."),
                "kestrels.md", SiteTrees.page("Kestrels", "Kestrel line. Kestrel line.")),
                "helplines:\n  - id: kestrel\n    name: \"Kestrel Line\"\n    phone: \"0800 123\"\n"
                        + "    last_verified: 2026-01-02\n");

        assertThat(diagnostics.sorted()).noneMatch(d -> d.toString().contains("helpline"));
        assertThat(urls(graph.relatedTo("/calling/"))).containsExactly("/ringing/");
        assertThat(graph.relatedTo("/kestrels/")).isEmpty();
    }
}
