package org.harmkb.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds glossary terms in running text: case-insensitive, whole words only, any run of white space in the
 * text matching one space in a term, and the longest term winning where several start at the same place
 * ({@code internal locus of evaluation} over {@code evaluation}). Scans left to right without overlaps, in
 * time linear in the text's length times the longest term's. Immutable and thread-safe.
 */
public final class GlossaryMatcher {

    /** A term found at {@code [start, end)} of the text, belonging to entry number {@code entry}. */
    public record Match(int start, int end, int entry) {
    }

    private static final class Node {
        final Map<Character, Node> children = new HashMap<>();
        int entry = -1;
    }

    private final Node root = new Node();
    private final boolean empty;

    /** {@code terms.get(i)} lists the words (term and synonyms) of entry {@code i}. */
    public GlossaryMatcher(List<List<String>> terms) {
        boolean any = false;
        for (int entry = 0; entry < terms.size(); entry++) {
            for (String term : terms.get(entry)) {
                String normal = normalise(term);
                if (normal.isEmpty()) {
                    continue;
                }
                Node node = root;
                for (int i = 0; i < normal.length(); i++) {
                    node = node.children.computeIfAbsent(normal.charAt(i), c -> new Node());
                }
                node.entry = entry;
                any = true;
            }
        }
        this.empty = !any;
    }

    /** Lower-case, trimmed, inner white space collapsed to single spaces: how terms are compared. */
    public static String normalise(String term) {
        return term.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Every non-overlapping match in {@code text}, left to right. */
    public List<Match> findAll(CharSequence text) {
        List<Match> matches = new ArrayList<>();
        if (empty) {
            return matches;
        }
        int i = 0;
        int length = text.length();
        while (i < length) {
            if (!isWordChar(text.charAt(i)) || i > 0 && isWordChar(text.charAt(i - 1))) {
                i++;
                continue;
            }
            Match match = longestAt(text, i);
            if (match != null) {
                matches.add(match);
                i = match.end();
            } else {
                while (i < length && isWordChar(text.charAt(i))) {
                    i++;
                }
            }
        }
        return matches;
    }

    private Match longestAt(CharSequence text, int start) {
        Node node = root;
        Match best = null;
        int i = start;
        while (i < text.length() && node != null) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                node = node.children.get(' ');
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            node = node.children.get(Character.toLowerCase(c));
            i++;
            if (node != null && node.entry >= 0 && (i == text.length() || !isWordChar(text.charAt(i)))) {
                best = new Match(start, i, node.entry);
            }
        }
        return best;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
