package org.harmkb.template;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.harmkb.config.Section;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.JsonText;
import org.harmkb.link.SectionPage;
import org.harmkb.link.SiteGraph;
import org.harmkb.template.GraphView.PathView;
import org.harmkb.template.GraphView.TopicLink;

/**
 * The site's sections for templates: which template a content page uses, the {@code section} value of a
 * folder's {@code index.md} page, the generated pages of folders without one, the home page's {@code home}
 * value, and the section titles the search page shows results under. Immutable and thread-safe.
 */
public final class SectionModels {

    /** The template of the page {@code safety.support_page} names: its helplines first, nothing above them. */
    public static final String SUPPORT_TEMPLATE = "support";

    private final SiteConfig config;
    private final SiteGraph graph;
    private final PageModels models;
    private final BreadcrumbTrails trails;
    private final Map<String, SectionPage> byUrl = new HashMap<>();

    public SectionModels(SiteConfig config, SiteGraph graph, PageModels models) {
        this.config = config;
        this.graph = graph;
        this.models = models;
        this.trails = new BreadcrumbTrails(config, graph);
        graph.sections().forEach(section -> byUrl.put(section.url(), section));
    }

    public BreadcrumbTrails trails() {
        return trails;
    }

    /**
     * The theme template of a content page: {@code home} for the home page, {@code section} for a folder's
     * {@code index.md}, {@link #SUPPORT_TEMPLATE} for the support page, else {@code article}.
     */
    public String templateOf(SourcePage page) {
        if (page.isHome()) {
            return "home";
        }
        if (byUrl.containsKey(page.url())) {
            return "section";
        }
        return page.contentPath().equals(config.safety().supportPage()) ? SUPPORT_TEMPLATE : "article";
    }

    /** The {@code section} value of a folder's {@code index.md} page; null for the home page and every other page. */
    public SectionView sectionOf(SourcePage page) {
        return !page.isHome() && byUrl.containsKey(page.url()) ? view(byUrl.get(page.url())) : null;
    }

    /** The page of every section without an {@code index.md}, in section order. */
    public List<GeneratedPage> generatedPages() {
        return graph.sections().stream().filter(section -> section.index().isEmpty()).map(section -> {
            SectionView view = view(section);
            String description = view.description().isEmpty() ? "Pages about " + view.title().toLowerCase(Locale.ROOT) + "."
                    : view.description();
            return new GeneratedPage(section.url(), "section", PageModel.builder()
                    .page(models.generated(view.title(), description, section.url())).section(view)
                    .breadcrumbs(trails.of(section.url(), view.title())).build(), false);
        }).toList();
    }

    /** The top-level sections the home page shows, the learning paths and the topics. */
    public HomeView home() {
        List<SectionView> sections = graph.sections().stream().filter(s -> s.parentUrl().equals("/")).map(this::view)
                .filter(v -> !v.home().equals("none")).toList();
        List<PathView> paths = graph.paths().stream().map(path -> new PathView(path.title(), config.href(path.url()),
                path.parts().stream().map(models::link).toList())).toList();
        List<TopicLink> topics = graph.topics().stream().map(topic -> new TopicLink(topic.name(), topic.description(),
                config.href(topic.url()), topic.pages().size())).toList();
        return new HomeView(sections, paths, topics);
    }

    /**
     * The title of each section and of the glossary by its href, as a JSON object, for the search page to show
     * a result's place: {@code {"/understanding-harm/":"Understanding harm"}}.
     */
    public String sectionTitlesJson() {
        StringBuilder json = new StringBuilder("{");
        List<String> urls = new java.util.ArrayList<>(byUrl.keySet());
        urls.add(SiteGraph.GLOSSARY_URL);
        urls.stream().sorted().forEach(url -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(JsonText.quote(config.href(url))).append(':').append(JsonText.quote(trails.titleAt(url)));
        });
        return json.append('}').toString();
    }

    private SectionView view(SectionPage section) {
        Optional<Section> settings = BreadcrumbTrails.settingsOf(config, section.url());
        String description = section.index().map(page -> page.frontMatter().description())
                .orElseGet(() -> settings.map(Section::description).orElse(""));
        String home = settings.map(s -> s.home().name().toLowerCase(Locale.ROOT)).orElse("links");
        List<PageLink> subsections = section.subsections().stream().map(byUrl::get)
                .map(sub -> new PageLink(trails.titleAt(sub.url()), sub.index().map(p -> p.frontMatter().description())
                        .orElseGet(() -> BreadcrumbTrails.settingsOf(config, sub.url()).map(Section::description).orElse("")),
                        config.href(sub.url())))
                .toList();
        return new SectionView(trails.titleAt(section.url()), description, config.href(section.url()), home,
                section.startWith().stream().map(models::link).toList(), section.pages().stream().map(models::link).toList(),
                homeCards(section).stream().map(models::link).toList(), subsections);
    }

    /**
     * The pages a {@code home: cards} section shows on the home page: a section's home grid is its path (the pages
     * in the learning path of its start-with pages), so pages added beside the path do not grow the home page.
     */
    private static List<SourcePage> homeCards(SectionPage section) {
        Set<String> paths = section.startWith().stream().map(page -> page.frontMatter().series())
                .flatMap(Optional::stream).collect(Collectors.toSet());
        if (paths.isEmpty()) {
            return section.pages();
        }
        return section.pages().stream().filter(page -> page.frontMatter().series().filter(paths::contains).isPresent())
                .toList();
    }
}
