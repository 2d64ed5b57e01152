package org.harmkb.search;

/**
 * How the exported index is cut up. Terms go into shards of about {@code shardBytes} bytes of postings
 * before compression (a query reads only the shards of its terms, and their positions only for quoted
 * phrases); document data into chunks of {@code docsPerChunk} pages (results read only the chunks of the
 * pages shown). Every shard, positions block and chunk is a separately compressed segment, and segments
 * are packed in order into files of at most {@code packBytes} bytes (a larger segment gets a file of its
 * own), which the client reads with HTTP range requests: few files however large the site, and few bytes
 * a query.
 */
public record IndexLayout(int shardBytes, int docsPerChunk, int packBytes) {

    /** Chosen with the benchmark corpora: see bench/pagefind-compare.sh and the README. */
    public static final IndexLayout DEFAULT = new IndexLayout(24_000, 8, 2 << 20);

    public IndexLayout {
        if (shardBytes < 1 || docsPerChunk < 1 || packBytes < 1) {
            throw new IllegalArgumentException("shard, chunk and pack sizes must be positive");
        }
    }
}
