package org.harmkb.lint;

import java.util.List;

/**
 * One sentence of a {@link Prose} block, with its syllables counted once.
 *
 * @param start         index of its first character in the block's text
 * @param words         its words, in order
 * @param syllables     estimated syllables of all its words
 * @param polysyllables words of three or more syllables, which SMOG counts
 */
public record Sentence(Prose prose, int start, List<String> words, int syllables, int polysyllables) {

    public Sentence {
        words = List.copyOf(words);
    }

    static Sentence of(Prose prose, int start, List<String> words) {
        int syllables = 0;
        int polysyllables = 0;
        for (String word : words) {
            int count = Syllables.count(word);
            syllables += count;
            if (count >= 3) {
                polysyllables++;
            }
        }
        return new Sentence(prose, start, words, syllables, polysyllables);
    }
}
