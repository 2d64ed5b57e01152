package org.harmkb.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.harmkb.config.Section;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.SourcePaths;
import org.harmkb.diagnostic.Suggestions;

/**
 * Finds the sections of the site: every folder that holds published pages, but the glossary. Reports the
 * config's {@code sections:} entries that name no such folder, and {@code start_with} pages that are not in
 * their folder, at their line in the config file.
 */
final class Sections {

    private Sections() {
    }

    /** Sections in the config's order, then the others by address. */
    static List<SectionPage> build(SiteConfig config, List<SourcePage> pages, Pages order, Diagnostics diagnostics) {
        Map<String, SourcePage> byUrl = new LinkedHashMap<>();
        pages.forEach(page -> byUrl.put(page.url(), page));
        Map<String, List<SourcePage>> children = new TreeMap<>();
        for (SourcePage page : pages) {
            if (page.isHome()) {
                continue;
            }
            for (String folder = parentOf(page.url()); !folder.equals("/"); folder = parentOf(folder)) {
                children.computeIfAbsent(folder, f -> new ArrayList<>());
            }
            String parent = parentOf(page.url());
            if (!parent.equals("/")) {
                children.get(parent).add(page);
            }
        }
        children.remove(SiteGraph.GLOSSARY_URL);
        String configPath = SourcePaths.display(config.configFile());
        Map<String, SectionPage> sections = new LinkedHashMap<>();
        for (Section settings : config.sections()) {
            if (!children.containsKey(settings.url())) {
                diagnostics.error(configPath, settings.line(), settings.column(),
                        "section '" + settings.folder() + "' is not a folder of the content folder with pages in it",
                        Suggestions.didYouMean(settings.folder(), children.keySet().stream().map(Sections::folderOf).toList(),
                                "write the folder's name as in its address, or remove the entry"));
                continue;
            }
            sections.put(settings.url(), section(settings.url(), Optional.of(settings), children, byUrl, order, configPath,
                    diagnostics));
        }
        children.keySet().forEach(url -> sections.computeIfAbsent(url,
                u -> section(u, Optional.empty(), children, byUrl, order, configPath, diagnostics)));
        return List.copyOf(sections.values());
    }

    private static SectionPage section(String url, Optional<Section> settings, Map<String, List<SourcePage>> children,
            Map<String, SourcePage> byUrl, Pages order, String configPath, Diagnostics diagnostics) {
        List<String> subsections = children.keySet().stream().filter(u -> !u.equals(url) && parentOf(u).equals(url)).toList();
        List<SourcePage> own = children.get(url).stream().filter(p -> !children.containsKey(p.url())).toList();
        List<SourcePage> start = new ArrayList<>();
        for (String slug : settings.map(Section::startWith).orElse(List.of())) {
            Optional<SourcePage> page = own.stream().filter(p -> p.slug().equals(slug)).findFirst();
            if (page.isPresent()) {
                start.add(page.get());
            } else {
                Section s = settings.get();
                diagnostics.error(configPath, s.startLine(), s.startColumn(),
                        "section '" + s.folder() + "' starts with '" + slug + "', which is not a page in that folder",
                        Suggestions.didYouMean(slug, own.stream().map(SourcePage::slug).toList(),
                                "list the file names, without .md, of pages directly in the folder"));
            }
        }
        List<SourcePage> rest = readingOrder(own.stream().filter(p -> !start.contains(p)).toList(), order);
        return new SectionPage(url, Optional.ofNullable(byUrl.get(url)), start, rest, subsections);
    }

    /** Pages of a learning path first, by path title and part, then the others by title. */
    private static List<SourcePage> readingOrder(List<SourcePage> pages, Pages order) {
        List<SourcePage> inPaths = pages.stream()
                .filter(p -> p.frontMatter().series().isPresent() && p.frontMatter().seriesOrder().isPresent())
                .sorted(Comparator.comparing((SourcePage p) -> Pages.sortKey(p.frontMatter().series().orElseThrow()))
                        .thenComparingInt(p -> p.frontMatter().seriesOrder().getAsInt())
                        .thenComparing(SourcePage::url))
                .toList();
        List<SourcePage> others = order.sortedByTitle(pages.stream().filter(p -> !inPaths.contains(p)).toList());
        List<SourcePage> all = new ArrayList<>(inPaths);
        all.addAll(others);
        return all;
    }

    /** {@code /a/b/} → {@code /a/}; {@code /a/} → {@code /}. */
    static String parentOf(String url) {
        int slash = url.lastIndexOf('/', url.length() - 2);
        return slash <= 0 ? "/" : url.substring(0, slash + 1);
    }

    private static String folderOf(String url) {
        return url.substring(1, url.length() - 1);
    }

    /** Reports {@code safety.support_page} when it names no published page. */
    static void checkSupportPage(SiteConfig config, List<SourcePage> pages, Diagnostics diagnostics) {
        String path = config.safety().supportPage();
        if (path == null || pages.stream().anyMatch(p -> p.contentPath().equals(path))) {
            return;
        }
        diagnostics.error(SourcePaths.display(config.configFile()), config.safety().supportLine(),
                config.safety().supportColumn(), "support_page '" + path + "' is not a page in the content folder",
                Suggestions.didYouMean(path, pages.stream().map(SourcePage::contentPath).toList(),
                        "give the page's path under the content folder, e.g. getting-support-now.md"));
    }
}
