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

/**
 * Writes the static search files from Lucene's own index — its terms, postings, positions and norms —
 * so the client scores exactly what Lucene indexed. Files, all under {@code /search/}:
 * <ul>
 * <li>{@code index.json}: the manifest (version hash, doc count, per-field statistics and boosts, BM25
 * parameters, the first term of every shard, chunk size, analysed synonyms);</li>
 * <li>{@code t-N.json}: a range of terms (sorted by UTF-16 code units, as JavaScript compares strings),
 * each with one {@link Vlq} string of blocks {@code field, count, (docDelta, freq, norm) × count} for
 * the fields it occurs in;</li>
 * <li>{@code p-N.json}: positions of the terms of {@link IndexLayout#positionGroup()} consecutive term
 * shards, per term one {@link Vlq} string of each posting's {@code freq} delta-coded positions, in the
 * order of its postings; fetched only for quoted phrases;</li>
 * <li>{@code d-N.json}: display data of {@link IndexLayout#docsPerChunk()} consecutive documents.</li>
 * </ul>
 */
final class IndexExporter {

    static final int LEAD_CHARS = 160;

    private final IndexLayout layout;
    private final SearchSettings settings;
    private final SynonymTable synonyms;

    IndexExporter(IndexLayout layout, SearchSettings settings, SynonymTable synonyms) {
        this.layout = layout;
        this.settings = settings;
        this.synonyms = synonyms;
    }

    /** Per-field postings of one term; {@code null} entries for fields the term is absent from. */
    private record TermData(int[][] postings, int[][] positions) {
    }

    List<SearchFile> export(IndexReader reader, List<SearchDocument> documents) {
        try {
            List<String> fields = SearchSettings.FIELDS;
            Map<String, TermData> terms = new TreeMap<>();
            long[][] stats = new long[fields.size()][2];
            for (int f = 0; f < fields.size(); f++) {
                collectField(reader, f, terms, stats[f]);
            }
            List<SearchFile> files = new ArrayList<>();
            List<String> shardStarts = writeShards(terms, files);
            writeChunks(documents, files);
            files.add(0, new SearchFile("/search/index.json", manifest(documents.size(), stats, shardStarts, files)));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void collectField(IndexReader reader, int f, Map<String, TermData> terms, long[] stats) throws IOException {
        String field = SearchSettings.FIELDS.get(f);
        Terms fieldTerms = MultiTerms.getTerms(reader, field);
        if (fieldTerms == null) {
            return;
        }
        stats[0] = fieldTerms.getDocCount();
        stats[1] = fieldTerms.getSumTotalTermFreq();
        int[] norms = norms(reader, field);
        TermsEnum termsEnum = fieldTerms.iterator();
        PostingsEnum postings = null;
        IntList docs = new IntList();
        IntList positions = new IntList();
        for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
            postings = termsEnum.postings(postings, PostingsEnum.POSITIONS);
            docs.clear();
            positions.clear();
            int previous = 0;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                int freq = postings.freq();
                docs.add(doc - previous);
                docs.add(freq);
                docs.add(norms[doc]);
                previous = doc;
                int lastPosition = 0;
                for (int i = 0; i < freq; i++) {
                    int position = postings.nextPosition();
                    positions.add(position - lastPosition);
                    lastPosition = position;
                }
            }
            TermData data = terms.computeIfAbsent(term.utf8ToString(), t -> new TermData(
                    new int[SearchSettings.FIELDS.size()][], new int[SearchSettings.FIELDS.size()][]));
            data.postings()[f] = docs.toArray();
            data.positions()[f] = positions.toArray();
        }
    }

    private static int[] norms(IndexReader reader, String field) throws IOException {
        int[] out = new int[reader.maxDoc()];
        NumericDocValues values = MultiDocValues.getNormValues(reader, field);
        if (values != null) {
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                out[doc] = (int) (values.longValue() & 0xFF);
            }
        }
        return out;
    }

    /** Cuts the sorted terms into shards of about the layout's size; returns each shard's first term. */
    private List<String> writeShards(Map<String, TermData> terms, List<SearchFile> files) {
        List<String> starts = new ArrayList<>();
        List<String> positionShards = new ArrayList<>();
        StringBuilder names = new StringBuilder();
        StringBuilder postings = new StringBuilder();
        StringBuilder positions = new StringBuilder();
        String first = null;
        for (Map.Entry<String, TermData> entry : terms.entrySet()) {
            if (first == null) {
                first = entry.getKey();
            } else {
                names.append(',');
                postings.append(',');
                positions.append(',');
            }
            Json.string(names, entry.getKey());
            postings.append('"');
            positions.append('"');
            appendFields(postings, positions, entry.getValue());
            postings.append('"');
            positions.append('"');
            if (names.length() + postings.length() >= layout.shardBytes()) {
                flushShard(starts, first, names, postings, files);
                positionShards.add(positions.toString());
                positions.setLength(0);
                first = null;
            }
        }
        if (first != null || starts.isEmpty()) {
            flushShard(starts, first == null ? "" : first, names, postings, files);
            positionShards.add(positions.toString());
        }
        int group = layout.positionGroup();
        for (int g = 0; g * group < positionShards.size(); g++) {
            StringBuilder out = new StringBuilder("{\"pos\":[");
            for (int i = g * group; i < Math.min(positionShards.size(), (g + 1) * group); i++) {
                out.append(i > g * group ? ",[" : "[").append(positionShards.get(i)).append(']');
            }
            out.append("]}");
            files.add(new SearchFile("/search/p-" + g + ".json", out.toString().getBytes(StandardCharsets.UTF_8)));
        }
        // The first shard also holds every term sorting before its first term.
        starts.set(0, "");
        return starts;
    }

    private static void flushShard(List<String> starts, String first, StringBuilder names, StringBuilder postings,
            List<SearchFile> files) {
        int n = starts.size();
        starts.add(first);
        files.add(new SearchFile("/search/t-" + n + ".json",
                ("{\"terms\":[" + names + "],\"post\":[" + postings + "]}").getBytes(StandardCharsets.UTF_8)));
        names.setLength(0);
        postings.setLength(0);
    }

    private static void appendFields(StringBuilder postings, StringBuilder positions, TermData data) {
        for (int f = 0; f < data.postings().length; f++) {
            int[] values = data.postings()[f];
            if (values == null) {
                continue;
            }
            Vlq.append(postings, f);
            Vlq.append(postings, values.length / 3);
            for (int value : values) {
                Vlq.append(postings, value);
            }
            for (int value : data.positions()[f]) {
                Vlq.append(positions, value);
            }
        }
    }

    private void writeChunks(List<SearchDocument> documents, List<SearchFile> files) {
        int size = layout.docsPerChunk();
        for (int start = 0, n = 0; start < documents.size(); start += size, n++) {
            StringBuilder out = new StringBuilder("[");
            for (int i = start; i < Math.min(documents.size(), start + size); i++) {
                if (i > start) {
                    out.append(',');
                }
                appendDocument(out, documents.get(i));
            }
            out.append(']');
            files.add(new SearchFile("/search/d-" + n + ".json", out.toString().getBytes(StandardCharsets.UTF_8)));
        }
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

    private byte[] manifest(int docCount, long[][] stats, List<String> shardStarts, List<SearchFile> files) {
        StringBuilder out = new StringBuilder();
        out.append("{\"v\":\"").append(versionHash(files)).append("\",\"n\":").append(docCount);
        out.append(",\"k1\":1.2,\"b\":0.75,\"fields\":[");
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
        out.append("],\"chunk\":").append(layout.docsPerChunk()).append(",\"pgroup\":").append(layout.positionGroup())
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
        out.append("]}");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String versionHash(List<SearchFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (SearchFile file : files) {
                digest.update(file.sitePath().getBytes(StandardCharsets.UTF_8));
                digest.update(file.bytes());
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A growable int array, to avoid boxing millions of postings. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void clear() {
            size = 0;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
