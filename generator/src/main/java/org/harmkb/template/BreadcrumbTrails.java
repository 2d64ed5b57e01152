package org.harmkb.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harmkb.config.Section;
import org.harmkb.config.SiteConfig;
import org.harmkb.link.SectionPage;
import org.harmkb.link.SiteGraph;

/**
 * Breadcrumb trails for every page: Home, then each folder above the page that has a page (a section, the
 * glossary, the topics or the learning paths), then the page. Section titles come from the folder's
 * {@code index.md}, else from the config's {@code sections:}, else from the folder's name. Immutable.
 */
public final class BreadcrumbTrails {

    private final SiteConfig config;
    private final Map<String, String> titles;

    public BreadcrumbTrails(SiteConfig config, SiteGraph graph) {
        this.config = config;
        Map<String, String> byUrl = new HashMap<>();
        byUrl.put(SiteGraph.GLOSSARY_URL, "Glossary");
        byUrl.put(SiteGraph.TOPICS_URL, "Topics");
        if (!graph.paths().isEmpty()) {
            byUrl.put(SiteGraph.PATHS_URL, "Learning paths");
        }
        graph.sections().forEach(section -> byUrl.put(section.url(), titleOf(config, section)));
        this.titles = Map.copyOf(byUrl);
    }

    /** A section's title: its {@code index.md}'s, else the config's, else its folder's name in words. */
    static String titleOf(SiteConfig config, SectionPage section) {
        if (section.index().isPresent()) {
            return section.index().get().title();
        }
        return settingsOf(config, section.url()).map(Section::title).filter(t -> !t.isEmpty())
                .orElseGet(() -> inWords(section.folder()));
    }

    static java.util.Optional<Section> settingsOf(SiteConfig config, String url) {
        return config.sections().stream().filter(s -> s.url().equals(url)).findFirst();
    }

    /** {@code guides/older-advice} → {@code Older advice}. */
    private static String inWords(String folder) {
        String name = folder.substring(folder.lastIndexOf('/') + 1).replace('-', ' ');
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    /** The title of the page the site has at folder address {@code url}, or null when it has none. */
    public String titleAt(String url) {
        return titles.get(url);
    }

    /** The trail of the page at site path {@code url} titled {@code title}; null for the home page. */
    public Breadcrumbs of(String url, String title) {
        if (url.equals("/")) {
            return null;
        }
        List<Breadcrumbs.Crumb> trail = new ArrayList<>();
        trail.add(crumb("Home", "/"));
        for (int slash = url.indexOf('/', 1); slash >= 0 && slash < url.length() - 1; slash = url.indexOf('/', slash + 1)) {
            String above = url.substring(0, slash + 1);
            String name = titles.get(above);
            if (name != null) {
                trail.add(crumb(name, above));
            }
        }
        return new Breadcrumbs(trail, title, config.absoluteUrl(url));
    }

    private Breadcrumbs.Crumb crumb(String title, String url) {
        return new Breadcrumbs.Crumb(title, config.href(url), config.absoluteUrl(url));
    }
}
