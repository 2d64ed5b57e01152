package org.harmkb.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The exported search files read back as the client reads them (manifest, segment lengths, pack files,
 * inflated segments), so tests can look inside the binary packs.
 */
record PackedIndex(Map<String, Object> manifest, List<byte[]> segments) {

    @SuppressWarnings("unchecked")
    static PackedIndex of(List<SearchFile> files) {
        SearchFile index = files.stream().filter(f -> f.sitePath().equals("/search/index.json")).findFirst().orElseThrow();
        Map<String, Object> manifest = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(new String(index.bytes(), StandardCharsets.UTF_8));
        List<byte[]> compressed = new ArrayList<>();
        List<Integer> lengths = vlq((String) manifest.get("seg"));
        int pack = 0;
        int at = 0;
        List<List<Object>> packs = (List<List<Object>>) manifest.get("packs");
        for (int length : lengths) {
            byte[] bytes = packBytes(files, (String) packs.get(pack).get(0));
            if (at + length > bytes.length) {
                pack++;
                at = 0;
                bytes = packBytes(files, (String) packs.get(pack).get(0));
            }
            compressed.add(Arrays.copyOfRange(bytes, at, at + length));
            at += length;
        }
        // Every segment in one run: the client's batches are any subset of these, laid end to end.
        return new PackedIndex(manifest, inflateRun(compressed));
    }

    private static byte[] packBytes(List<SearchFile> files, String name) {
        return files.stream().filter(f -> f.sitePath().equals("/search/" + name)).findFirst().orElseThrow().bytes();
    }

    @SuppressWarnings("unchecked")
    int shardCount() {
        return ((List<String>) manifest.get("shards")).size();
    }

    /** Every indexed term, in order. */
    List<String> terms() {
        List<String> out = new ArrayList<>();
        for (int shard = 0; shard < shardCount(); shard++) {
            byte[] bytes = segments.get(2 * shard);
            int[] at = {0};
            int count = varint(bytes, at);
            int length = varint(bytes, at);
            if (count > 0) {
                out.addAll(List.of(new String(bytes, at[0], length, StandardCharsets.UTF_8).split("\n", -1)));
            }
        }
        return out;
    }

    /** The doc ids of {@code term}'s postings in the field numbered {@code field}, from its terms segment. */
    List<Integer> docs(String term, int field) {
        for (int shard = 0; shard < shardCount(); shard++) {
            byte[] bytes = segments.get(2 * shard);
            int[] at = {0};
            int count = varint(bytes, at);
            int length = varint(bytes, at);
            List<String> names = count == 0 ? List.of()
                    : List.of(new String(bytes, at[0], length, StandardCharsets.UTF_8).split("\n", -1));
            at[0] += length;
            int[] blockLengths = new int[count];
            for (int i = 0; i < count; i++) {
                blockLengths[i] = varint(bytes, at);
            }
            for (int i = 0; i < count; i++) {
                int end = at[0] + blockLengths[i];
                while (at[0] < end) {
                    int f = varint(bytes, at);
                    int postings = varint(bytes, at);
                    List<Integer> docs = new ArrayList<>();
                    int doc = 0;
                    for (int p = 0; p < postings; p++) {
                        doc += varint(bytes, at);
                        docs.add(doc);
                    }
                    for (int p = 0; p < postings; p++) {
                        varint(bytes, at); // frequency
                    }
                    at[0] += postings; // norms, a byte each
                    if (f == IndexExporter.SECTION_FIELD) {
                        for (int p = 0; p < postings; p++) {
                            varint(bytes, at);
                        }
                    }
                    if (f == field && names.get(i).equals(term)) {
                        return docs;
                    }
                }
            }
        }
        return List.of();
    }

    /** The document chunks' JSON texts. */
    List<String> chunks() {
        return segments.subList(2 * shardCount(), segments.size()).stream()
                .map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    }

    static int varint(byte[] bytes, int[] at) {
        int value = 0;
        int shift = 0;
        int b;
        do {
            b = bytes[at[0]++] & 0xFF;
            value |= (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return value;
    }

    static List<Integer> vlq(String text) {
        List<Integer> out = new ArrayList<>();
        int value = 0;
        int shift = 0;
        for (char c : text.toCharArray()) {
            int digit = Vlq.DIGITS.indexOf(c);
            value += (digit & 31) << shift;
            if ((digit & 32) != 0) {
                shift += 5;
            } else {
                out.add(value);
                value = 0;
                shift = 0;
            }
        }
        return out;
    }

    /**
     * Segments laid end to end and closed with the final block, inflated in one stream as the client
     * does, then split at their length prefixes.
     */
    static List<byte[]> inflateRun(List<byte[]> compressed) {
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        compressed.forEach(run::writeBytes);
        run.writeBytes(IndexExporter.FINAL_BLOCK);
        byte[] inflated = inflate(run.toByteArray());
        List<byte[]> out = new ArrayList<>();
        int[] at = {0};
        while (at[0] < inflated.length) {
            int length = varint(inflated, at);
            out.add(Arrays.copyOfRange(inflated, at[0], at[0] + length));
            at[0] += length;
        }
        if (out.size() != compressed.size()) {
            throw new IllegalStateException(compressed.size() + " segments inflated to " + out.size());
        }
        return out;
    }

    private static byte[] inflate(byte[] compressed) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("truncated segment");
                }
                out.write(buffer, 0, n);
            }
            if (inflater.getRemaining() != 0) {
                throw new IllegalStateException("segment has " + inflater.getRemaining() + " trailing bytes");
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalStateException(e);
        } finally {
            inflater.end();
        }
    }
}
