package org.harmkb.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each page's analysed words with their counts, as the search index analysed them: what
 * {@link RelatedArticles} compares pages by. Title and tag words count {@value #TITLE_WEIGHT} times,
 * body words once ({@link #weight}). Only words that at least two pages share are listed, since no other
 * word can make two pages related; a page's {@link Page#length} still counts all of its words.
 *
 * <p>Immutable. Equal only to itself: the search stage hands the same instance while no page changed,
 * so a memo keyed on it is reused exactly then, at the cost of one comparison.
 */
public final class TermCounts {

    /** How many times a word of a page's title or tags counts: they say more about a page than its body. */
    public static final int TITLE_WEIGHT = 2;

    /** A page's words: ascending term numbers (see {@link #term}), each with its count, and its word count. */
    public record Page(int[] terms, int[] counts, int length) {
    }

    private final String[] terms;
    private final Map<String, Page> pages;

    private TermCounts(String[] terms, Map<String, Page> pages) {
        this.terms = terms;
        this.pages = pages;
    }

    /** How many times a word of the named search field counts. */
    public static int weight(String field) {
        return field.equals("title") || field.equals("tags") ? TITLE_WEIGHT : 1;
    }

    /** The words of the page under {@code key}, when it was analysed. */
    public Optional<Page> page(String key) {
        return Optional.ofNullable(pages.get(key));
    }

    /** The word numbered {@code number} in a {@link Page}. */
    public String term(int number) {
        return terms[number];
    }

    public int termCount() {
        return terms.length;
    }

    /** Collects counts page by page, in any order, a word of a page possibly several times (each field). */
    public static final class Builder {
        private final List<String> keys;
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> terms = new ArrayList<>();
        private final int[][] pageTerms;
        private final int[][] pageCounts;
        private final int[] sizes;

        /** @param keys each page's key (its search href), by page number */
        public Builder(List<String> keys) {
            this.keys = List.copyOf(keys);
            pageTerms = new int[keys.size()][];
            pageCounts = new int[keys.size()][];
            sizes = new int[keys.size()];
        }

        /** The number of {@code term}, given on first sight. */
        public int number(String term) {
            Integer known = numbers.get(term);
            if (known != null) {
                return known;
            }
            numbers.put(term, terms.size());
            terms.add(term);
            return terms.size() - 1;
        }

        /** Adds {@code count} occurrences of word {@code term} to page {@code page}. */
        public void add(int page, int term, int count) {
            int size = sizes[page];
            if (pageTerms[page] == null) {
                pageTerms[page] = new int[16];
                pageCounts[page] = new int[16];
            } else if (size == pageTerms[page].length) {
                pageTerms[page] = Arrays.copyOf(pageTerms[page], size * 2);
                pageCounts[page] = Arrays.copyOf(pageCounts[page], size * 2);
            }
            pageTerms[page][size] = term;
            pageCounts[page][size] = count;
            sizes[page] = size + 1;
        }

        /** The counts collected; the builder is spent after. */
        public TermCounts build() {
            int[] pagesWith = new int[terms.size()];
            for (int page = 0; page < keys.size(); page++) {
                merge(page);
                for (int i = 0; i < sizes[page]; i++) {
                    pagesWith[pageTerms[page][i]]++;
                }
            }
            // Words of one page only are dropped from the table too, and the rest renumbered in the same order,
            // so that a page's numbers stay ascending: on a large site most distinct words are such.
            int[] renumbered = new int[terms.size()];
            List<String> kept = new ArrayList<>();
            for (int term = 0; term < terms.size(); term++) {
                renumbered[term] = pagesWith[term] >= 2 ? kept.size() : -1;
                if (pagesWith[term] >= 2) {
                    kept.add(terms.get(term));
                }
            }
            Map<String, Page> pages = new HashMap<>();
            for (int page = 0; page < keys.size(); page++) {
                pages.put(keys.get(page), shared(page, renumbered));
            }
            return new TermCounts(kept.toArray(String[]::new), pages);
        }

        /** Sorts a page's entries by term and adds up the entries of one term. */
        private void merge(int page) {
            int size = sizes[page];
            if (size == 0) {
                return;
            }
            long[] packed = new long[size];
            for (int i = 0; i < size; i++) {
                packed[i] = (long) pageTerms[page][i] << 32 | pageCounts[page][i];
            }
            Arrays.sort(packed);
            int out = 0;
            for (int i = 0; i < size; i++) {
                int term = (int) (packed[i] >>> 32);
                int count = (int) packed[i];
                if (out > 0 && pageTerms[page][out - 1] == term) {
                    pageCounts[page][out - 1] += count;
                } else {
                    pageTerms[page][out] = term;
                    pageCounts[page][out] = count;
                    out++;
                }
            }
            sizes[page] = out;
        }

        /** A page's words that another page has too, renumbered, and its length counting all its words. */
        private Page shared(int page, int[] renumbered) {
            int size = sizes[page];
            int length = 0;
            int kept = 0;
            for (int i = 0; i < size; i++) {
                length += pageCounts[page][i];
                if (renumbered[pageTerms[page][i]] >= 0) {
                    kept++;
                }
            }
            int[] termsOut = new int[kept];
            int[] countsOut = new int[kept];
            int out = 0;
            for (int i = 0; i < size; i++) {
                int number = renumbered[pageTerms[page][i]];
                if (number >= 0) {
                    termsOut[out] = number;
                    countsOut[out++] = pageCounts[page][i];
                }
            }
            pageTerms[page] = null;
            pageCounts[page] = null;
            return new Page(termsOut, countsOut, length);
        }
    }
}
