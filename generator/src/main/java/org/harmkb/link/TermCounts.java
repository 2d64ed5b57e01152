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
 * word can make two pages related; a page's {@link Page#length} still counts all of its words, and the words of
 * one page are kept aside (sorted arrays, no per-page entry) for {@link #plus}, which may give them a second page.
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
    /** Words {@link #plus} added to pages, by key: applied to the page each time it is asked for. */
    private final Map<String, Added> added;
    /** The words left out of the table as on one page only, sorted, each with that page's key and its count there. */
    private final String[] loneWords;
    private final String[] lonePages;
    private final int[] loneCounts;

    private TermCounts(String[] terms, Map<String, Page> pages, Map<String, Added> added, String[] loneWords,
            String[] lonePages, int[] loneCounts) {
        this.terms = terms;
        this.pages = pages;
        this.added = added;
        this.loneWords = loneWords;
        this.lonePages = lonePages;
        this.loneCounts = loneCounts;
    }

    /** How many times a word of the named search field counts. */
    public static int weight(String field) {
        return field.equals("title") || field.equals("tags") ? TITLE_WEIGHT : 1;
    }

    /**
     * The words of the page under {@code key}, when it was analysed. On counts made by {@link #plus}, a page words
     * were added to is made afresh on each call (equal each time, not the same instance).
     */
    public Optional<Page> page(String key) {
        Page page = pages.get(key);
        if (page == null) {
            return Optional.empty();
        }
        Added words = added.get(key);
        return Optional.of(words == null ? page : words.applyTo(page));
    }

    /**
     * Words added to one page, by ascending number: for each, the count it had as a lone word (in the page's
     * length already; else 0) and the count added (negative to take away; a count never goes below 0).
     */
    private record Added(int[] numbers, int[] restored, int[] deltas) {

        /** The page's words, the added ones merged into its ascending ones in one pass. */
        Page applyTo(Page page) {
            int[] terms = page.terms();
            int[] counts = page.counts();
            int[] termsOut = new int[terms.length + numbers.length];
            int[] countsOut = new int[termsOut.length];
            int length = page.length();
            int out = 0;
            int i = 0;
            for (int c = 0; c < numbers.length; c++) {
                int number = numbers[c];
                while (i < terms.length && terms[i] < number) {
                    termsOut[out] = terms[i];
                    countsOut[out++] = counts[i++];
                }
                int before = restored[c];
                if (i < terms.length && terms[i] == number) {
                    before += counts[i++];
                }
                int after = Math.max(0, before + deltas[c]);
                length += after - before;
                if (after > 0) {
                    termsOut[out] = number;
                    countsOut[out++] = after;
                }
            }
            while (i < terms.length) {
                termsOut[out] = terms[i];
                countsOut[out++] = counts[i++];
            }
            return new Page(Arrays.copyOf(termsOut, out), Arrays.copyOf(countsOut, out), length);
        }
    }

    /** The word numbered {@code number} in a {@link Page}. */
    public String term(int number) {
        return terms[number];
    }

    public int termCount() {
        return terms.length;
    }

    /**
     * These counts with more words added to some pages (by key), e.g. the words of the addresses a page links
     * to: each page's length grows by the counts added. Words not in the table yet are numbered after its
     * words, in alphabetical order; a word added to one page only is kept, since it is already known to the
     * table's users as on one page (they count pages per word themselves). Returns this instance when nothing
     * is added.
     */
    public TermCounts plus(Map<String, Map<String, Integer>> added) {
        if (added.values().stream().allMatch(Map::isEmpty)) {
            return this;
        }
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < terms.length; i++) {
            numbers.put(terms[i], i);
        }
        List<String> table = new ArrayList<>(Arrays.asList(terms));
        added.values().stream().flatMap(words -> words.keySet().stream()).filter(word -> !numbers.containsKey(word))
                .distinct().sorted().forEach(word -> {
                    numbers.put(word, table.size());
                    table.add(word);
                });
        // A word added to a page that another page has once (left out of the table then) is that page's again.
        Map<String, Map<String, Integer>> restored = new HashMap<>();
        for (int number = terms.length; number < table.size(); number++) {
            int lone = Arrays.binarySearch(loneWords, table.get(number));
            if (lone >= 0) {
                restored.computeIfAbsent(lonePages[lone], key -> new HashMap<>()).put(loneWords[lone], loneCounts[lone]);
            }
        }
        // The pages themselves are shared, and the words added to each kept beside them: a copy of every page's
        // words would double what related articles hold (0.3 GB at 100,000 pages).
        Map<String, Page> base = this.added.isEmpty() ? pages : materialised();
        Map<String, Added> result = new HashMap<>();
        java.util.Set<String> changed = new java.util.HashSet<>(added.keySet());
        changed.addAll(restored.keySet());
        for (String key : changed) {
            Map<String, Integer> words = added.getOrDefault(key, Map.of());
            if (!base.containsKey(key) || words.isEmpty() && !restored.containsKey(key)) {
                continue;
            }
            java.util.TreeMap<Integer, Integer> restoredCounts = new java.util.TreeMap<>();
            restored.getOrDefault(key, Map.of()).forEach((word, count) -> restoredCounts.put(numbers.get(word), count));
            java.util.TreeMap<Integer, Integer> deltas = new java.util.TreeMap<>();
            words.forEach((word, delta) -> deltas.put(numbers.get(word), delta));
            java.util.TreeSet<Integer> changes = new java.util.TreeSet<>(deltas.keySet());
            changes.addAll(restoredCounts.keySet());
            int[] changedNumbers = changes.stream().mapToInt(Integer::intValue).toArray();
            result.put(key, new Added(changedNumbers,
                    Arrays.stream(changedNumbers).map(number -> restoredCounts.getOrDefault(number, 0)).toArray(),
                    Arrays.stream(changedNumbers).map(number -> deltas.getOrDefault(number, 0)).toArray()));
        }
        return new TermCounts(table.toArray(String[]::new), base, Map.copyOf(result), loneWords, lonePages, loneCounts);
    }

    /** Every page with the words added to it applied. */
    private Map<String, Page> materialised() {
        Map<String, Page> out = new HashMap<>(pages);
        added.forEach((key, words) -> out.put(key, words.applyTo(pages.get(key))));
        return out;
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
            List<long[]> lone = new ArrayList<>();
            Map<String, Page> pages = new HashMap<>();
            for (int page = 0; page < keys.size(); page++) {
                for (int i = 0; i < sizes[page]; i++) {
                    if (renumbered[pageTerms[page][i]] < 0) {
                        lone.add(new long[] {pageTerms[page][i], page, pageCounts[page][i]});
                    }
                }
                pages.put(keys.get(page), shared(page, renumbered));
            }
            lone.sort((a, b) -> terms.get((int) a[0]).compareTo(terms.get((int) b[0])));
            String[] loneWords = new String[lone.size()];
            String[] lonePages = new String[lone.size()];
            int[] loneCounts = new int[lone.size()];
            for (int i = 0; i < lone.size(); i++) {
                loneWords[i] = terms.get((int) lone.get(i)[0]);
                lonePages[i] = keys.get((int) lone.get(i)[1]);
                loneCounts[i] = (int) lone.get(i)[2];
            }
            return new TermCounts(kept.toArray(String[]::new), pages, Map.of(), loneWords, lonePages, loneCounts);
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
