package org.harmkb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.harmkb.config.SearchSettings;
import org.harmkb.diagnostic.Diagnostics;

/**
 * The configured synonym groups after analysis: each phrase as the terms the English chain makes of it,
 * mapped to its group's token. A phrase that analyses to nothing (only stop words) or that already
 * belongs to another group is reported where the group was written and left out.
 *
 * @param entries every phrase's terms with its group token, in config order
 */
public record SynonymTable(List<Entry> entries) {

    public SynonymTable {
        entries = List.copyOf(entries);
    }

    public static final SynonymTable EMPTY = new SynonymTable(List.of());

    /** One phrase: its analysed terms and the token of its group. */
    public record Entry(List<String> terms, String groupToken) {

        public Entry {
            terms = List.copyOf(terms);
        }
    }

    public static SynonymTable analyse(List<SearchSettings.SynonymGroup> groups, Diagnostics diagnostics) {
        Analyzer english = SearchAnalysis.english();
        Map<List<String>, String> owner = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        int groupIndex = 0;
        for (SearchSettings.SynonymGroup group : groups) {
            String token = "#" + groupIndex;
            Set<List<String>> seen = new LinkedHashSet<>();
            for (String phrase : group.phrases()) {
                List<String> terms = SearchAnalysis.terms(english, phrase);
                if (terms.isEmpty()) {
                    report(group, diagnostics, "synonym '" + phrase + "' has only common words that search ignores",
                            "use a phrase with at least one word besides 'the', 'to', 'of' and the like");
                    continue;
                }
                String previous = owner.get(terms);
                if (previous != null && !previous.equals(token)) {
                    report(group, diagnostics, "synonym '" + phrase + "' is already in another synonym group",
                            "merge the two groups, or remove '" + phrase + "' from one of them");
                    continue;
                }
                if (seen.add(terms)) {
                    owner.put(terms, token);
                    entries.add(new Entry(terms, token));
                }
            }
            groupIndex++;
        }
        return new SynonymTable(entries);
    }

    private static void report(SearchSettings.SynonymGroup group, Diagnostics diagnostics, String message, String hint) {
        if (!group.builtIn()) {
            diagnostics.error(group.path(), group.line(), group.column(), message, hint);
        }
    }

    /** The Lucene map, each phrase to its group token; {@code null} when there are no synonyms. */
    SynonymMap map(boolean keepOriginal) {
        if (entries.isEmpty()) {
            return null;
        }
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        for (Entry entry : entries) {
            builder.add(SearchAnalysis.join(entry.terms()), new CharsRef(entry.groupToken()), keepOriginal);
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
