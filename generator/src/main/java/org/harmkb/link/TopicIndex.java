package org.harmkb.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.harmkb.config.SiteConfig;
import org.harmkb.config.Topic;
import org.harmkb.content.Position;
import org.harmkb.content.Slugs;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.SourcePaths;
import org.harmkb.diagnostic.Suggestions;

/** Groups pages by tag into topics, checking tags against the topics declared in {@code site-config.yaml}. */
final class TopicIndex {

    static final String TOPICS_URL = "/topics/";

    private TopicIndex() {
    }

    /**
     * One topic per tag used, sorted by name then slug. An undeclared tag is a warning at the page's
     * {@code tags} key; a declared topic no page uses is a warning at its line in the config file.
     */
    static List<TopicPage> build(SiteConfig config, List<SourcePage> pages, Pages order, Diagnostics diagnostics) {
        Map<String, Topic> declared = new LinkedHashMap<>();
        config.topics().forEach(t -> declared.put(t.slug(), t));
        Map<String, List<SourcePage>> tagged = new TreeMap<>();
        Map<String, String> firstSpelling = new LinkedHashMap<>();
        // Thousands of pages share a few dozen tags.
        Map<String, String> slugs = new HashMap<>();
        for (SourcePage page : pages) {
            if (page.isHome()) {
                continue;
            }
            Set<String> own = new HashSet<>();
            for (String tag : page.frontMatter().tags()) {
                String slug = slugs.computeIfAbsent(tag, Slugs::slugify);
                if (slug.isEmpty()) {
                    Position at = page.frontMatter().positionOf("tags");
                    diagnostics.warning(page.displayPath(), at.line(), at.column(),
                            "tag '" + tag + "' has no letters or digits, so it cannot have a topic page", "remove it");
                    continue;
                }
                if (own.add(slug)) {
                    tagged.computeIfAbsent(slug, k -> new ArrayList<>()).add(page);
                }
                firstSpelling.putIfAbsent(slug, tag);
            }
        }
        tagged.forEach((slug, list) -> {
            if (!declared.containsKey(slug)) {
                warnUndeclared(slug, firstSpelling.get(slug), list, declared.keySet(), diagnostics);
            }
        });
        String configPath = SourcePaths.display(config.configFile());
        for (Topic topic : declared.values()) {
            if (!tagged.containsKey(topic.slug())) {
                diagnostics.warning(configPath, topic.line(), topic.column(), "topic '" + topic.slug() + "' is declared but no page has that tag",
                        "add tags: [" + topic.slug() + "] to the pages about it, or remove the topic");
            }
        }
        List<TopicPage> topics = new ArrayList<>();
        tagged.forEach((slug, list) -> {
            Topic topic = declared.get(slug);
            topics.add(new TopicPage(slug, topic == null ? readable(firstSpelling.get(slug)) : topic.name(),
                    topic == null ? "" : topic.description(), TOPICS_URL + slug + "/", order.sortedByTitle(list)));
        });
        topics.sort(Comparator.comparing((TopicPage t) -> Pages.sortKey(t.name())).thenComparing(TopicPage::slug));
        return List.copyOf(topics);
    }

    /**
     * One warning per undeclared tag, at the first page (by content path) that uses it, so a site that
     * declares no topics gets one line per tag rather than one per page.
     */
    private static void warnUndeclared(String slug, String tag, List<SourcePage> pages, Set<String> declared,
            Diagnostics diagnostics) {
        SourcePage first = pages.stream().min(Comparator.comparing(SourcePage::contentPath)).orElseThrow();
        Position at = first.frontMatter().positionOf("tags");
        String others = pages.size() == 1 ? "" : " (" + pages.size() + " pages use it)";
        diagnostics.warning(first.displayPath(), at.line(), at.column(), "tag '" + tag + "' is not a declared topic" + others,
                Suggestions.closest(slug, declared).map(s -> "did you mean '" + s + "'?")
                        .orElse("declare it in site-config.yaml under topics: with a name and a description"));
    }

    /** An undeclared tag reads as words: {@code self-advocacy} becomes {@code Self advocacy}. */
    static String readable(String tag) {
        String words = tag.contains(" ") ? tag : tag.replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
