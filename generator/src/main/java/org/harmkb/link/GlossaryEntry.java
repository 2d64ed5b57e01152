package org.harmkb.link;

import java.util.List;
import org.harmkb.content.SourcePage;

/**
 * One term from {@code content/glossary/*.md}: the page's title is the term and its description the
 * one-sentence definition.
 */
public record GlossaryEntry(SourcePage page, String term, String definition, List<String> synonyms) {

    public GlossaryEntry {
        synonyms = List.copyOf(synonyms);
    }
}
