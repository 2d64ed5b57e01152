package org.harmkb.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds a synonym group's token beside every phrase of the group: the English chain's tokens pass
 * through untouched, and where a phrase of a {@link SynonymTable} starts, the group's token is inserted
 * at the position of the phrase's first word. Phrases are found as Lucene's {@code SynonymGraphFilter}
 * finds them: left to right, the longest phrase starting at a word, never overlapping.
 *
 * <p>It replaces {@code SynonymGraphFilter} followed by {@code FlattenGraphFilter}, which gave the same
 * tokens and field lengths but cost twice as much to index (they capture every token's attributes) and
 * moved positions: flattening shrank every run of stop words to a one-word gap, and a matched phrase
 * lost its gaps, so a quoted phrase across stop words ("window of tolerance") never matched.
 */
final class GroupTokenFilter extends TokenFilter {

    /** As a {@link Buffered#increment}: keep the captured token's own increment. */
    private static final int KEEP = -1;

    /** The phrases starting with each first term, longest first, so the first that matches is the longest. */
    private final CharArrayMap<List<SynonymTable.Entry>> phrasesByFirstTerm;
    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute incrementAttribute = addAttribute(PositionIncrementAttribute.class);
    /** Tokens read from the input ahead of the one being decided on. */
    private final ArrayDeque<Buffered> lookahead = new ArrayDeque<>();
    /** Tokens decided on and not yet returned: a matched phrase's group token and its words. */
    private final ArrayDeque<Buffered> pending = new ArrayDeque<>();
    private boolean inputEnded;

    /**
     * A captured token. Read ahead, {@code term} is its own term, to match phrases against; queued to be
     * returned, it is the group token to put in place of the captured term, or null to keep that.
     */
    private record Buffered(State state, String term, int increment) {
    }

    GroupTokenFilter(TokenStream input, SynonymTable synonyms) {
        super(input);
        phrasesByFirstTerm = new CharArrayMap<>(16, false);
        for (SynonymTable.Entry entry : synonyms.entries()) {
            String first = entry.terms().get(0);
            List<SynonymTable.Entry> phrases = phrasesByFirstTerm.get(first);
            if (phrases == null) {
                phrases = new ArrayList<>();
                phrasesByFirstTerm.put(first, phrases);
            }
            phrases.add(entry);
        }
        for (List<SynonymTable.Entry> phrases : phrasesByFirstTerm.values()) {
            phrases.sort(Comparator.comparingInt((SynonymTable.Entry e) -> e.terms().size()).reversed());
        }
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            release(pending.poll());
            return true;
        }
        if (!nextToken()) {
            return false;
        }
        List<SynonymTable.Entry> phrases =
                phrasesByFirstTerm.get(termAttribute.buffer(), 0, termAttribute.length());
        if (phrases == null) {
            return true;
        }
        Buffered first = new Buffered(captureState(), null, KEEP);
        for (SynonymTable.Entry phrase : phrases) {
            if (followedBy(phrase.terms())) {
                queueMatch(first, phrase);
                release(pending.poll());
                return true;
            }
        }
        restoreState(first.state());
        return true;
    }

    /** The next token into the attributes: a read-ahead one first, else the input's. */
    private boolean nextToken() throws IOException {
        if (!lookahead.isEmpty()) {
            restoreState(lookahead.poll().state());
            return true;
        }
        if (inputEnded || !input.incrementToken()) {
            inputEnded = true;
            return false;
        }
        return true;
    }

    /**
     * Whether the tokens after the current one are the phrase's other terms. Reads ahead only as far as
     * needed to tell: most phrases fail on their second word, and a one-word phrase reads nothing.
     */
    private boolean followedBy(List<String> terms) throws IOException {
        Iterator<Buffered> read = lookahead.iterator();
        for (int i = 1; i < terms.size(); i++) {
            Buffered next;
            if (read != null && read.hasNext()) {
                next = read.next();
            } else {
                read = null;
                if (inputEnded || !input.incrementToken()) {
                    inputEnded = true;
                    return false;
                }
                next = new Buffered(captureState(), termAttribute.toString(), KEEP);
                lookahead.add(next);
            }
            if (!terms.get(i).equals(next.term())) {
                return false;
            }
        }
        return true;
    }

    /** The group token where the phrase starts, then the phrase's words as they came. */
    private void queueMatch(Buffered first, SynonymTable.Entry phrase) {
        pending.add(new Buffered(first.state(), phrase.groupToken(), KEEP));
        pending.add(new Buffered(first.state(), null, 0));
        for (int i = 1; i < phrase.terms().size(); i++) {
            pending.add(new Buffered(lookahead.poll().state(), null, KEEP));
        }
    }

    private void release(Buffered token) {
        restoreState(token.state());
        if (token.term() != null) {
            termAttribute.setEmpty().append(token.term());
        }
        if (token.increment() != KEEP) {
            incrementAttribute.setPositionIncrement(token.increment());
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        lookahead.clear();
        pending.clear();
        inputEnded = false;
    }
}
