package org.harmkb.search;

/**
 * How the exported index is cut into files: term shards of about {@code shardBytes} bytes of JSON each
 * (a query fetches only the shards of its terms), and document data in chunks of {@code docsPerChunk}
 * pages (results fetch only the chunks of the pages shown); positions, needed only for quoted phrases, in
 * files covering {@code positionGroup} term shards each. Smaller numbers mean fewer bytes per query
 * and more files.
 */
public record IndexLayout(int shardBytes, int docsPerChunk, int positionGroup) {

    /** Chosen with the benchmark corpora: see bench/pagefind-compare.sh and the README. */
    public static final IndexLayout DEFAULT = new IndexLayout(48_000, 16, 4);

    public IndexLayout {
        if (shardBytes < 1 || docsPerChunk < 1 || positionGroup < 1) {
            throw new IllegalArgumentException("shard size and chunk size must be positive");
        }
    }
}
