package org.harmkb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.harmkb.config.SearchSettings;
import org.harmkb.memo.Cancellation;

/**
 * Writes the static search files from Lucene's own index — its terms, postings, positions and norms —
 * so the client scores exactly what Lucene indexed. Files, all under {@code /search/}:
 * <ul>
 * <li>{@code index.json}: the manifest (version hash, doc count, per-field statistics and boosts, BM25
 * parameters, the field whose postings carry sections, the first term of every shard, the pack files with their sizes, every segment's length in
 * {@link Vlq}, chunk size, analysed synonyms, analysed query filler words);</li>
 * <li>{@code pack-HASH.bin}: segments, each compressed on its own with raw DEFLATE (RFC 1951) so that a
 * range request fetches it compressed whatever the host does (see {@link #deflate} for the framing that
 * lets the client inflate many at once). Segments come in this order: for every
 * shard its terms segment and then its positions segment, then every document chunk. A pack file holds
 * whole segments; its name is its content hash, so a cached pack is never stale;</li>
 * <li>{@code ranges.txt}: a line of text the client asks for two byte ranges of at once, to learn whether
 * the host answers several ranges in one response (see {@code search-engine.js}).</li>
 * </ul>
 * Inside segments (before compression) integers are {@link ByteSink} varints:
 * <ul>
 * <li>terms segment: {@code termCount}, the byte length of the terms in UTF-8 joined by {@code \n}
 * (sorted by UTF-16 code units, as JavaScript compares strings), those bytes, each term's postings block
 * length, then the blocks. A block has, per field the term occurs in: {@code field}, {@code count},
 * {@code count} doc id deltas, {@code count} term frequencies, {@code count} norm bytes (one byte each), and for the body field
 * ({@code sec} in the manifest) {@code count} section numbers: the section of the page whose own text matches
 * the term best (0: none after the introduction; i: the page's i-th heading), see {@link BodySections};</li>
 * <li>positions segment: each term's block length, then per term, per field, per posting, its {@code freq}
 * delta-coded positions;</li>
 * <li>document chunk: UTF-8 JSON, an array of {@link IndexLayout#docsPerChunk()} documents' display data.</li>
 * </ul>
 */
final class IndexExporter {

    static final int LEAD_CHARS = 160;

    /** The range probe: any text of at least 6 bytes does, as the client asks for bytes 0-1 and 4-5. */
    static final SearchFile RANGE_PROBE = new SearchFile("/search/ranges.txt",
            "The search client asks for two pieces of this file at once, to learn whether the host can send both in one reply.\n"
                    .getBytes(StandardCharsets.US_ASCII));

    private final IndexLayout layout;
    private final SearchSettings settings;
    private final SynonymTable synonyms;

    IndexExporter(IndexLayout layout, SearchSettings settings, SynonymTable synonyms) {
        this.layout = layout;
        this.settings = settings;
        this.synonyms = synonyms;
    }

    /**
     * One term's postings in one field: doc id deltas, frequencies, norms, delta-coded positions, and (for
     * the {@link #SECTION_FIELD} only, else null) per posting the section of the page it favours.
     */
    private record FieldPostings(int[] docDeltas, int[] freqs, byte[] norms, int[] positions, int[] sections) {
    }

    /** The field whose postings carry each page's best section for the term: see {@link BodySections}. */
    static final int SECTION_FIELD = SearchSettings.FIELDS.indexOf("body");

    /**
     * The files for {@code documents} in doc id order, with each one's body sections from indexing. Streams: the
     * terms are read a shard at a time and each batch of segments is compressed and packed as it is made, so
     * what is held at once is every term's name, one shard's postings and a batch of segments, not every
     * posting and position of the site (0.9 GB at 100,000 pages).
     */
    List<SearchFile> export(IndexReader reader, List<SearchDocument> documents, List<BodySections> sections) {
        try {
            List<String> fields = SearchSettings.FIELDS;
            long[][] stats = new long[fields.size()][2];
            FieldTerms[] fieldTerms = new FieldTerms[fields.size()];
            for (int f = 0; f < fields.size(); f++) {
                fieldTerms[f] = FieldTerms.open(reader, f, stats[f], f == SECTION_FIELD ? sections : null);
            }
            Packs packs = new Packs(layout.packBytes());
            Segments segments = new Segments(packs);
            List<String> shardStarts = writeShards(termFields(fieldTerms), fieldTerms, segments);
            writeChunks(documents, segments);
            segments.flush();
            List<SearchFile> packFiles = packs.finish();
            List<SearchFile> files = new ArrayList<>();
            files.add(new SearchFile("/search/index.json",
                    manifest(documents.size(), stats, shardStarts, packFiles, packs.segmentLengths())));
            files.addAll(packFiles);
            files.add(RANGE_PROBE);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every term of every field, sorted by UTF-16 code units (as JavaScript compares strings), each with the
     * fields it occurs in as bits. Lucene's own order, by UTF-8 bytes, differs only for a field holding a
     * term with a character beyond U+FFFF and one with a character from U+E000 to U+FFFF; such a field is
     * marked to be read by seeking each term.
     */
    private static TreeMap<String, Integer> termFields(FieldTerms[] fieldTerms) throws IOException {
        TreeMap<String, Integer> terms = new TreeMap<>();
        for (int f = 0; f < fieldTerms.length; f++) {
            if (fieldTerms[f] == null) {
                continue;
            }
            TermsEnum names = fieldTerms[f].terms.iterator();
            String previous = null;
            for (BytesRef term = names.next(); term != null; term = names.next()) {
                Cancellation.checkpoint();
                String name = term.utf8ToString();
                if (previous != null && previous.compareTo(name) > 0) {
                    fieldTerms[f].inOrder = false;
                }
                terms.merge(name, 1 << f, (a, b) -> a | b);
                previous = name;
            }
        }
        return terms;
    }

    /** One field's terms, read term by term: its postings enumerator and the buffers it fills, reused. */
    private static final class FieldTerms {
        final Terms terms;
        private final byte[] norms;
        private final List<BodySections> sections;
        private final TermsEnum termsEnum;
        private PostingsEnum postings;
        /**
         * Whether this field's terms in Lucene's order are also in UTF-16 order, so that reading them in that
         * order is stepping through the field's terms (else each term is sought: a few times slower).
         */
        boolean inOrder = true;
        private final IntList docs = new IntList();
        private final IntList freqs = new IntList();
        private final IntList positions = new IntList();
        private final IntList best = new IntList();
        private final IntList docPositions = new IntList();

        private FieldTerms(Terms terms, byte[] norms, List<BodySections> sections) throws IOException {
            this.terms = terms;
            this.norms = norms;
            this.sections = sections;
            this.termsEnum = terms.iterator();
        }

        /** The field's reader, its statistics put in {@code stats}; null when no document has the field. */
        static FieldTerms open(IndexReader reader, int f, long[] stats, List<BodySections> sections) throws IOException {
            String field = SearchSettings.FIELDS.get(f);
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) {
                return null;
            }
            stats[0] = terms.getDocCount();
            stats[1] = terms.getSumTotalTermFreq();
            return new FieldTerms(terms, norms(reader, field), sections);
        }

        /**
         * The postings of {@code term}, which the field holds; with sections, also each posting's best section.
         * Terms must be asked for in UTF-16 order, each once.
         */
        FieldPostings postings(String term) throws IOException {
            if (inOrder ? termsEnum.next() == null : !termsEnum.seekExact(new BytesRef(term))) {
                throw new IllegalStateException("the index lost the term " + term);
            }
            postings = termsEnum.postings(postings, PostingsEnum.POSITIONS);
            docs.clear();
            freqs.clear();
            positions.clear();
            best.clear();
            ByteSink termNorms = new ByteSink();
            int previous = 0;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                int freq = postings.freq();
                docs.add(doc - previous);
                freqs.add(freq);
                termNorms.put(norms[doc]);
                previous = doc;
                int lastPosition = 0;
                docPositions.clear();
                for (int i = 0; i < freq; i++) {
                    int position = postings.nextPosition();
                    positions.add(position - lastPosition);
                    docPositions.add(position);
                    lastPosition = position;
                }
                if (sections != null) {
                    best.add(sections.get(doc).best(docPositions));
                }
            }
            return new FieldPostings(docs.toArray(), freqs.toArray(), termNorms.toArray(), positions.toArray(),
                    sections == null ? null : best.toArray());
        }
    }

    private static byte[] norms(IndexReader reader, String field) throws IOException {
        byte[] out = new byte[reader.maxDoc()];
        NumericDocValues values = MultiDocValues.getNormValues(reader, field);
        if (values != null) {
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                out[doc] = (byte) values.longValue();
            }
        }
        return out;
    }

    /**
     * Cuts the sorted terms into shards of about the layout's size and appends each shard's terms and
     * positions segments, reading each term's postings only when its shard is being made; returns each
     * shard's first term (the first shard's as "", since it also holds every term sorting before).
     */
    private List<String> writeShards(TreeMap<String, Integer> termFields, FieldTerms[] fieldTerms, Segments segments)
            throws IOException {
        List<String> starts = new ArrayList<>();
        Shard shard = new Shard();
        for (Map.Entry<String, Integer> entry : termFields.entrySet()) {
            Cancellation.checkpoint();
            FieldPostings[] data = new FieldPostings[fieldTerms.length];
            for (int f = 0; f < fieldTerms.length; f++) {
                if ((entry.getValue() & (1 << f)) != 0) {
                    data[f] = fieldTerms[f].postings(entry.getKey());
                }
            }
            shard.add(entry.getKey(), data);
            if (shard.postingsBytes() >= layout.shardBytes()) {
                starts.add(starts.isEmpty() ? "" : shard.first());
                shard.writeTo(segments);
                shard = new Shard();
            }
        }
        if (!shard.isEmpty() || starts.isEmpty()) {
            starts.add(starts.isEmpty() ? "" : shard.first());
            shard.writeTo(segments);
        }
        return starts;
    }

    /**
     * Segments in the order they are made, compressed a batch at a time on all cores (compressing is most of
     * the export's work) and handed on in the same order: output is the same bytes as compressing them all at
     * the end, with only a batch held uncompressed.
     */
    private static final class Segments {
        /** Uncompressed bytes per batch: dozens of shards at the default layout, enough to keep the cores busy. */
        private static final int BATCH_BYTES = 8 << 20;

        private final Packs packs;
        private final List<byte[]> batch = new ArrayList<>();
        private long batchBytes;

        Segments(Packs packs) {
            this.packs = packs;
        }

        void add(byte[] segment) {
            batch.add(segment);
            batchBytes += segment.length;
            if (batchBytes >= BATCH_BYTES) {
                flush();
            }
        }

        void flush() {
            batch.parallelStream().map(segment -> {
                Cancellation.checkpoint();
                return deflate(segment);
            }).toList().forEach(packs::add);
            batch.clear();
            batchBytes = 0;
        }
    }

    /**
     * Compressed segments laid, in order, into files of at most {@code packBytes} (a larger segment alone),
     * keeping each segment's length for the manifest.
     */
    private static final class Packs {
        private final int packBytes;
        private final List<byte[]> contents = new ArrayList<>();
        private final ByteSink current = new ByteSink();
        private final IntList lengths = new IntList();

        Packs(int packBytes) {
            this.packBytes = packBytes;
        }

        void add(byte[] segment) {
            lengths.add(segment.length);
            if (current.size() > 0 && current.size() + segment.length > packBytes) {
                contents.add(current.toArray());
                current.clear();
            }
            current.write(segment);
        }

        /** The pack files in order, named by their hashes, taken on all cores (hashing is a serial pass over every byte). */
        List<SearchFile> finish() {
            if (current.size() > 0) {
                contents.add(current.toArray());
                current.clear();
            }
            return contents.parallelStream().map(IndexExporter::packFile).toList();
        }

        int[] segmentLengths() {
            return lengths.toArray();
        }
    }

    /** The terms of one shard being gathered: names, and per term a postings block and a positions block. */
    private static final class Shard {
        private final List<String> names = new ArrayList<>();
        private final IntList postingLengths = new IntList();
        private final IntList positionLengths = new IntList();
        private final ByteSink postings = new ByteSink();
        private final ByteSink positions = new ByteSink();

        void add(String term, FieldPostings[] fields) {
            if (term.indexOf('\n') >= 0) {
                throw new IllegalStateException("an indexed term holds a line break: " + term);
            }
            names.add(term);
            int postingsBefore = postings.size();
            int positionsBefore = positions.size();
            for (int f = 0; f < fields.length; f++) {
                FieldPostings data = fields[f];
                if (data == null) {
                    continue;
                }
                postings.varint(f);
                postings.varint(data.freqs().length);
                for (int delta : data.docDeltas()) {
                    postings.varint(delta);
                }
                for (int freq : data.freqs()) {
                    postings.varint(freq);
                }
                postings.write(data.norms());
                if (data.sections() != null) {
                    for (int section : data.sections()) {
                        postings.varint(section);
                    }
                }
                for (int delta : data.positions()) {
                    positions.varint(delta);
                }
            }
            postingLengths.add(postings.size() - postingsBefore);
            positionLengths.add(positions.size() - positionsBefore);
        }

        boolean isEmpty() {
            return names.isEmpty();
        }

        String first() {
            return names.get(0);
        }

        int postingsBytes() {
            return postings.size();
        }

        void writeTo(Segments segments) {
            ByteSink termsSegment = new ByteSink();
            termsSegment.varint(names.size());
            byte[] joined = String.join("\n", names).getBytes(StandardCharsets.UTF_8);
            termsSegment.varint(joined.length);
            termsSegment.write(joined);
            for (int length : postingLengths.toArray()) {
                termsSegment.varint(length);
            }
            termsSegment.write(postings);
            ByteSink positionsSegment = new ByteSink();
            for (int length : positionLengths.toArray()) {
                positionsSegment.varint(length);
            }
            positionsSegment.write(positions);
            segments.add(termsSegment.toArray());
            segments.add(positionsSegment.toArray());
        }
    }

    private void writeChunks(List<SearchDocument> documents, Segments segments) {
        int size = layout.docsPerChunk();
        for (int start = 0; start < documents.size(); start += size) {
            StringBuilder out = new StringBuilder("[");
            for (int i = start; i < Math.min(documents.size(), start + size); i++) {
                if (i > start) {
                    out.append(',');
                }
                appendDocument(out, documents.get(i));
            }
            out.append(']');
            segments.add(out.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * One segment: its length as a varint and then its bytes, raw DEFLATE at zlib's default level, ended
     * by a sync flush instead of a final block. Each segment starts with a fresh compressor and ends byte
     * aligned, so any segments laid end to end, followed by {@link #FINAL_BLOCK}, form one valid stream:
     * the client inflates everything one request batch fetched in a single call, and the length prefixes
     * split the output again. A pure function of the bytes, so builds stay deterministic.
     */
    static byte[] deflate(byte[] input) {
        ByteSink framed = new ByteSink();
        framed.varint(input.length);
        framed.write(input);
        // Level 9 made the index 0.4% smaller than level 6 for almost three times the CPU.
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(framed.toArray());
            ByteSink out = new ByteSink();
            byte[] buffer = new byte[Math.max(64, input.length / 2)];
            int n;
            do {
                n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
            } while (n == buffer.length);
            return out.toArray();
        } finally {
            deflater.end();
        }
    }

    /** An empty final block (BFINAL 1, fixed Huffman codes, end of block): closes a run of segments. */
    static final byte[] FINAL_BLOCK = {0x03, 0x00};

    private static SearchFile packFile(byte[] bytes) {
        return new SearchFile("/search/pack-" + hash(List.of(bytes)) + ".bin", bytes);
    }

    /** Display data; a page with a content note carries the note and none of its own text but the title. */
    private static void appendDocument(StringBuilder out, SearchDocument doc) {
        out.append("{\"u\":");
        Json.string(out, doc.href());
        out.append(",\"t\":");
        Json.string(out, doc.title());
        if (doc.contentNote().isPresent()) {
            out.append(",\"n\":");
            Json.string(out, doc.contentNote().get());
        } else {
            out.append(",\"d\":");
            Json.string(out, doc.description());
            out.append(",\"x\":");
            Json.string(out, lead(doc.body()));
        }
        out.append(",\"h\":[");
        for (int i = 0; i < doc.headings().size(); i++) {
            SearchDocument.Section section = doc.headings().get(i);
            if (i > 0) {
                out.append(',');
            }
            out.append('[');
            Json.string(out, section.id());
            out.append(',');
            Json.string(out, section.text());
            out.append(']');
        }
        out.append("]}");
    }

    /** The start of the body, cut at a word boundary. */
    static String lead(String body) {
        String text = body.strip();
        if (text.length() <= LEAD_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', LEAD_CHARS);
        return text.substring(0, cut > LEAD_CHARS / 2 ? cut : LEAD_CHARS) + "…";
    }

    private byte[] manifest(int docCount, long[][] stats, List<String> shardStarts, List<SearchFile> packs,
            int[] segmentLengths) {
        StringBuilder out = new StringBuilder();
        // The packs' names already hold their content hashes; hashing those again is enough for a version.
        out.append("{\"v\":\"").append(hash(packs.stream().map(p -> p.sitePath().getBytes(StandardCharsets.UTF_8)).toList()))
                .append("\",\"n\":").append(docCount);
        out.append(",\"k1\":1.2,\"b\":0.75,\"sec\":").append(SECTION_FIELD).append(",\"fields\":[");
        List<String> fields = SearchSettings.FIELDS;
        float[] boosts = settings.boostArray();
        for (int f = 0; f < fields.size(); f++) {
            out.append(f > 0 ? "," : "");
            Json.string(out, fields.get(f));
        }
        out.append("],\"boosts\":[");
        for (int f = 0; f < boosts.length; f++) {
            out.append(f > 0 ? "," : "");
            Json.number(out, boosts[f]);
        }
        out.append("],\"stats\":[");
        for (int f = 0; f < stats.length; f++) {
            out.append(f > 0 ? "," : "").append('[').append(stats[f][0]).append(',').append(stats[f][1]).append(']');
        }
        out.append("],\"shards\":[");
        for (int i = 0; i < shardStarts.size(); i++) {
            out.append(i > 0 ? "," : "");
            Json.string(out, shardStarts.get(i));
        }
        out.append("],\"packs\":[");
        for (int i = 0; i < packs.size(); i++) {
            SearchFile file = packs.get(i);
            out.append(i > 0 ? ",[" : "[");
            Json.string(out, file.sitePath().substring("/search/".length()));
            out.append(',').append(file.bytes().length).append(']');
        }
        StringBuilder lengths = new StringBuilder();
        for (int length : segmentLengths) {
            Vlq.append(lengths, length);
        }
        out.append("],\"seg\":\"").append(lengths).append("\",\"chunk\":").append(layout.docsPerChunk())
                .append(",\"syn\":[");
        for (int i = 0; i < synonyms.entries().size(); i++) {
            SynonymTable.Entry entry = synonyms.entries().get(i);
            out.append(i > 0 ? "," : "").append('[');
            Json.string(out, entry.groupToken());
            for (String term : entry.terms()) {
                out.append(',');
                Json.string(out, term);
            }
            out.append(']');
        }
        out.append("],\"filler\":[");
        List<String> filler = SearchAnalysis.fillerTerms();
        for (int i = 0; i < filler.size(); i++) {
            out.append(i > 0 ? "," : "");
            Json.string(out, filler.get(i));
        }
        out.append("]}");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The first 12 hex digits of the SHA-256 of the byte arrays in order. */
    private static String hash(List<byte[]> contents) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            contents.forEach(digest::update);
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
