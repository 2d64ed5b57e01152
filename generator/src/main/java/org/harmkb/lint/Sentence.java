package org.harmkb.lint;

import java.util.List;

/**
 * One sentence of a {@link Prose} block.
 *
 * @param start index of its first character in the block's text
 * @param words its words, in order
 */
public record Sentence(Prose prose, int start, List<String> words) {

    public Sentence {
        words = List.copyOf(words);
    }

    public int syllables() {
        return words.stream().mapToInt(Syllables::count).sum();
    }

    /** Words of three or more syllables, which SMOG counts. */
    public int polysyllables() {
        return (int) words.stream().filter(w -> Syllables.count(w) >= 3).count();
    }
}
