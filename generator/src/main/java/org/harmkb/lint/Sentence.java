package org.harmkb.lint;

/**
 * One sentence of a {@link Prose} block, with its words and syllables counted once.
 *
 * @param start         index of its first character in the block's text
 * @param end           index just past its last character in the block's text
 * @param wordCount     how many words it has ({@link Sentences#words})
 * @param syllables     estimated syllables of all its words
 * @param polysyllables words of three or more syllables, which SMOG counts
 */
public record Sentence(Prose prose, int start, int end, int wordCount, int syllables, int polysyllables) {
}
