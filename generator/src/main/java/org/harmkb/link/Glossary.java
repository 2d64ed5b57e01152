package org.harmkb.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.harmkb.content.Position;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;

/**
 * The glossary: entries from {@code content/glossary/*.md} sorted by term, and a matcher that finds their
 * terms and synonyms in text. Immutable.
 */
public final class Glossary {

    /** Where entries live, relative to the content folder. */
    static final String FOLDER = "glossary/";

    private final List<GlossaryEntry> entries;
    private final Map<String, GlossaryEntry> byUrl = new HashMap<>();
    private final GlossaryMatcher matcher;

    private Glossary(List<GlossaryEntry> entries) {
        this.entries = List.copyOf(entries);
        entries.forEach(e -> byUrl.put(e.page().url(), e));
        List<List<String>> terms = new ArrayList<>();
        for (GlossaryEntry entry : entries) {
            List<String> words = new ArrayList<>(entry.synonyms());
            words.add(0, entry.term());
            terms.add(words);
        }
        this.matcher = new GlossaryMatcher(terms);
    }

    /** Whether {@code page} is a glossary entry: a markdown file directly in {@code content/glossary/}, not its index. */
    public static boolean isEntry(SourcePage page) {
        String path = page.contentPath();
        return path.startsWith(FOLDER) && path.indexOf('/', FOLDER.length()) < 0 && !page.slug().equals("glossary");
    }

    /**
     * Collects the entries among {@code pages}, reporting a term or synonym defined twice (at the later entry)
     * and {@code synonyms} on a page that is not an entry.
     */
    static Glossary build(List<SourcePage> pages, Diagnostics diagnostics) {
        List<GlossaryEntry> entries = new ArrayList<>();
        Map<String, SourcePage> owners = new HashMap<>();
        for (SourcePage page : pages) {
            if (!isEntry(page)) {
                if (!page.frontMatter().synonyms().isEmpty()) {
                    Position at = page.frontMatter().positionOf("synonyms");
                    diagnostics.warning(page.displayPath(), at.line(), at.column(),
                            "'synonyms' only has an effect on glossary entries (content/glossary/*.md)",
                            "remove it, or move this page into content/glossary/");
                }
                continue;
            }
            claim(page, page.title(), "title", owners, diagnostics);
            page.frontMatter().synonyms().forEach(s -> claim(page, s, "synonyms", owners, diagnostics));
            entries.add(new GlossaryEntry(page, page.title(), page.frontMatter().description(),
                    page.frontMatter().synonyms()));
        }
        entries.sort(Comparator.comparing((GlossaryEntry e) -> GlossaryMatcher.normalise(e.term()))
                .thenComparing(e -> e.page().url()));
        return new Glossary(entries);
    }

    private static void claim(SourcePage page, String term, String key, Map<String, SourcePage> owners,
            Diagnostics diagnostics) {
        SourcePage owner = owners.putIfAbsent(GlossaryMatcher.normalise(term), page);
        if (owner != null && owner != page) {
            Position at = page.frontMatter().positionOf(key);
            diagnostics.error(page.displayPath(), at.line(), at.column(),
                    "the term '" + term + "' is already defined by " + owner.displayPath(),
                    "keep one entry per term: remove it here or there");
        }
    }

    /** Sorted by term, case-insensitively, then URL. */
    public List<GlossaryEntry> entries() {
        return entries;
    }

    public GlossaryMatcher matcher() {
        return matcher;
    }

    /** The entry at {@code index} as numbered by {@link GlossaryMatcher.Match#entry()}. */
    public GlossaryEntry entry(int index) {
        return entries.get(index);
    }

    /** The entry whose page is at {@code url}, if that page is an entry. */
    public Optional<GlossaryEntry> entryAt(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    /** The entries whose terms occur in {@code text}, sorted by term, leaving out the entry at {@code ownUrl}. */
    public List<GlossaryEntry> termsUsedIn(CharSequence text, String ownUrl) {
        boolean[] used = new boolean[entries.size()];
        matcher.findAll(text).forEach(m -> used[m.entry()] = true);
        List<GlossaryEntry> found = new ArrayList<>();
        for (int i = 0; i < used.length; i++) {
            if (used[i] && !entries.get(i).page().url().equals(ownUrl)) {
                found.add(entries.get(i));
            }
        }
        return found;
    }
}
