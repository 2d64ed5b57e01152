package org.harmkb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.apache.lucene.index.IndexReader;
import org.harmkb.config.SearchSettings;
import org.harmkb.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;

class SearchIndexBuilderTest {

    private static SearchDocument page(int i, Optional<String> note) {
        return new SearchDocument("/p" + String.format("%03d", i) + "/", "Page " + i + " about consent",
                "Description " + i, List.of(new SearchDocument.Section("s", "Section " + i)),
                "Body text number " + i + " with words w" + i + " and reliving trauma " + "filler ".repeat(i % 7), List.of("tag"), note);
    }

    private static List<SearchDocument> pages(int n) {
        List<SearchDocument> out = new ArrayList<>(IntStream.range(0, n).mapToObj(i -> page(i, Optional.empty())).toList());
        out.add(page(n, Optional.of("This page talks about trauma.")));
        return out;
    }

    private static String text(SearchFile file) {
        return new String(file.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void sameDocumentsInAnyOrderGiveByteIdenticalFiles() {
        List<SearchDocument> docs = pages(60);
        List<SearchDocument> reversed = new ArrayList<>(docs);
        java.util.Collections.reverse(reversed);
        IndexLayout small = new IndexLayout(2_000, 7, 3_000);
        var a = new SearchIndexBuilder(SearchSettings.DEFAULT, small).build(docs, new Diagnostics()).files();
        var b = new SearchIndexBuilder(SearchSettings.DEFAULT, small).build(reversed, new Diagnostics()).files();
        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).sitePath()).isEqualTo(b.get(i).sitePath());
            assertThat(a.get(i).bytes()).as(a.get(i).sitePath()).isEqualTo(b.get(i).bytes());
        }
    }

    @Test
    void anInterruptedThreadStopsIndexingAndCanIndexAfter() {
        List<SearchDocument> docs = pages(20);
        boolean stillInterrupted;
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> new SearchIndexBuilder(SearchSettings.DEFAULT, IndexLayout.DEFAULT).build(docs, new Diagnostics()))
                    .isInstanceOf(CancellationException.class);
        } finally {
            // Cleared whatever happened, so a failure here cannot stop the tests that run after on this thread.
            stillInterrupted = Thread.interrupted();
        }
        assertThat(stillInterrupted).as("the interrupt stays for the rest of the work").isTrue();
        assertThat(version(docs)).matches("[0-9a-f]{12}");
    }

    @Test
    void pageWordsReadBesideTheExportAreTheIndexsOwnAndThatReadStopsWhenAsked() throws Exception {
        List<SearchDocument> docs = pages(30);
        IndexLayout small = new IndexLayout(2_000, 7, 3_000);
        var besides = new SearchIndexBuilder(SearchSettings.DEFAULT, small).build(docs, new Diagnostics(), 2, true);
        var after = new SearchIndexBuilder(SearchSettings.DEFAULT, small).build(docs, new Diagnostics(), 2, false);
        var page = besides.terms().page("/p007/").orElseThrow();
        List<String> words = IntStream.of(page.terms()).mapToObj(besides.terms()::term).toList();
        assertThat(words).contains("consent", "reliv", "trauma").doesNotContain("#0", "with");
        for (var doc : docs) {
            var one = besides.terms().page(doc.href()).orElseThrow();
            var other = after.terms().page(doc.href()).orElseThrow();
            assertThat(IntStream.of(one.terms()).mapToObj(besides.terms()::term).toList()).as(doc.href())
                    .isEqualTo(IntStream.of(other.terms()).mapToObj(after.terms()::term).toList());
            assertThat(one.counts()).as(doc.href()).isEqualTo(other.counts());
        }
        assertThat(besides.files()).hasSameSizeAs(after.files());
        for (int i = 0; i < after.files().size(); i++) {
            assertThat(besides.files().get(i).bytes()).as(after.files().get(i).sitePath())
                    .isEqualTo(after.files().get(i).bytes());
        }
        try (IndexReader reader = LuceneIndex.open(besides.slices())) {
            assertThatThrownBy(() -> PageTermsReader.read(reader, besides.documents(), () -> true))
                    .isInstanceOf(CancellationException.class);
        }
    }

    @Test
    void indexingInSlicesExportsExactlyWhatOneIndexWould() {
        List<SearchDocument> docs = pages(90);
        IndexLayout small = new IndexLayout(3_000, 9, 4_000);
        var one = new SearchIndexBuilder(SearchSettings.DEFAULT, small).build(docs, new Diagnostics(), 1, true).files();
        var three = new SearchIndexBuilder(SearchSettings.DEFAULT, small).build(docs, new Diagnostics(), 3, true).files();
        assertThat(three).hasSameSizeAs(one);
        for (int i = 0; i < one.size(); i++) {
            assertThat(three.get(i).bytes()).as(one.get(i).sitePath()).isEqualTo(one.get(i).bytes());
        }
    }

    @Test
    void manifestVersionChangesWhenAnyPageChangesAndOnlyThen() {
        List<SearchDocument> docs = pages(30);
        List<SearchDocument> edited = new ArrayList<>(docs);
        SearchDocument last = edited.get(30);
        edited.set(30, new SearchDocument(last.href(), last.title(), last.description(), last.headings(),
                last.body() + " one more word", last.tags(), last.contentNote()));
        assertThat(version(docs)).matches("[0-9a-f]{12}").isEqualTo(version(docs)).isNotEqualTo(version(edited));
    }

    private static String version(List<SearchDocument> docs) {
        String manifest = text(new SearchIndexBuilder(SearchSettings.DEFAULT, IndexLayout.DEFAULT)
                .build(docs, new Diagnostics()).files().get(0));
        return manifest.substring(manifest.indexOf("\"v\":\"") + 5, manifest.indexOf("\"v\":\"") + 17);
    }

    @Test
    void smallLayoutCutsTermsIntoShardsAndDocumentsIntoChunksPackedIntoFewFiles() {
        var files = new SearchIndexBuilder(SearchSettings.DEFAULT, new IndexLayout(300, 7, 1_000))
                .build(pages(60), new Diagnostics()).files();
        List<String> paths = files.stream().map(SearchFile::sitePath).toList();
        assertThat(paths.get(0)).isEqualTo("/search/index.json");
        assertThat(paths.get(paths.size() - 1)).isEqualTo("/search/ranges.txt");
        assertThat(paths.subList(1, paths.size() - 1)).allMatch(p -> p.matches("/search/pack-[0-9a-f]{12}\\.bin"));
        PackedIndex index = PackedIndex.of(files);
        assertThat(index.shardCount()).isGreaterThan(3);
        assertThat(index.chunks()).hasSize(9); // 61 pages, 7 a chunk
        assertThat(index.segments()).hasSize(2 * index.shardCount() + 9);
        assertThat(files.size() - 2).as("pack files").isGreaterThan(1);
        for (SearchFile pack : files.subList(1, files.size() - 1)) {
            assertThat(pack.bytes().length).as(pack.sitePath()).isLessThanOrEqualTo(1_000);
        }
        assertThat(index.terms()).isSorted().contains("consent", "w59", "#0").doesNotHaveDuplicates();
        assertThat(text(files.get(0))).contains("\"n\":61").contains("\"chunk\":7");
    }

    @Test
    void termsWhoseUtf16AndUtf8OrdersDifferAreExportedInUtf16OrderWithTheirOwnPostings() {
        // JavaScript compares strings by UTF-16 code units, Lucene orders terms by UTF-8 bytes: the two disagree
        // between a character beyond U+FFFF (a surrogate pair, D800-DFFF) and one from U+E000 to U+FFFF.
        List<String> words = List.of("\uD83D\uDE00", "\uFFA1", "\uD840\uDC0B", "\uF900", "plain");
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String word = words.get(i % words.size());
            docs.add(new SearchDocument("/p" + String.format("%03d", i) + "/", "Page " + i, "", List.of(),
                    "Body " + i + " holds " + word + " once", List.of(), Optional.empty()));
        }
        PackedIndex index = PackedIndex.of(new SearchIndexBuilder(SearchSettings.DEFAULT, IndexLayout.DEFAULT)
                .build(docs, new Diagnostics()).files());
        assertThat(index.terms()).isSorted().doesNotHaveDuplicates().containsAll(words);
        int body = SearchSettings.FIELDS.indexOf("body");
        for (int w = 0; w < words.size(); w++) {
            int first = w;
            assertThat(index.docs(words.get(w), body)).as(words.get(w))
                    .isEqualTo(IntStream.range(0, 40).filter(i -> i % words.size() == first).boxed().toList());
        }
        assertThat(index.docs("page", SearchSettings.FIELDS.indexOf("title"))).hasSize(40);
    }

    @Test
    void maxPackKbSettingCapsEveryPackFileThatHoldsMoreThanOneSegment() {
        List<SearchDocument> docs = pages(3_000);
        IndexLayout layout = new IndexLayout(24_000, 8, 2 << 20);
        var uncapped = new SearchIndexBuilder(SearchSettings.DEFAULT, layout).build(docs, new Diagnostics()).files();
        SearchSettings capped = new SearchSettings(SearchSettings.DEFAULT.boosts(), SearchSettings.DEFAULT.synonyms(), 16);
        var files = new SearchIndexBuilder(capped, layout).build(docs, new Diagnostics()).files();
        assertThat(uncapped).hasSize(3);
        assertThat(files.size()).isGreaterThan(uncapped.size());
        PackedIndex index = PackedIndex.of(files);
        int largestSegment = PackedIndex.vlq((String) index.manifest().get("seg")).stream().mapToInt(i -> i).max().orElseThrow();
        for (SearchFile pack : files.subList(1, files.size() - 1)) {
            assertThat(pack.bytes().length).as(pack.sitePath()).isLessThanOrEqualTo(Math.max(16 * 1024, largestSegment));
        }
    }

    @Test
    void aSegmentLargerThanAPackGetsAFileOfItsOwn() {
        var files = new SearchIndexBuilder(SearchSettings.DEFAULT, new IndexLayout(100_000, 100, 10))
                .build(pages(20), new Diagnostics()).files();
        PackedIndex index = PackedIndex.of(files);
        assertThat(files).hasSize(2 + index.segments().size()); // manifest, probe, one shard's two segments and one chunk
        assertThat(index.chunks().get(0)).contains("\"u\":\"/p019/\"");
    }

    @Test
    void pageWithAContentNoteShipsTheNoteAndNoneOfItsText() {
        var files = new SearchIndexBuilder(SearchSettings.DEFAULT, new IndexLayout(100_000, 100, 1 << 20))
                .build(pages(3), new Diagnostics()).files();
        String docs = PackedIndex.of(files).chunks().get(0);
        assertThat(docs).contains("{\"u\":\"/p003/\",\"t\":\"Page 3 about consent\",\"n\":\"This page talks about trauma.\",\"h\"")
                .doesNotContain("Description 3").doesNotContain("Body text number 3");
        assertThat(docs).contains("\"d\":\"Description 2\"");
    }

    @Test
    void anySegmentsLaidEndToEndInflateAsOneStream() {
        // The client fetches scattered segments and inflates them in one call: each must end byte-aligned,
        // without a final block, and carry its own length.
        byte[] empty = new byte[0];
        byte[] text = "reliving trauma ".repeat(40).getBytes(StandardCharsets.UTF_8);
        byte[] noise = new byte[70_000]; // larger than the compressor's output buffer, barely compressible
        new java.util.Random(7).nextBytes(noise);
        List<byte[]> compressed = List.of(IndexExporter.deflate(text), IndexExporter.deflate(empty),
                IndexExporter.deflate(noise), IndexExporter.deflate(text));
        assertThat(compressed.get(0).length).isLessThan(text.length / 4);
        assertThat(PackedIndex.inflateRun(compressed)).containsExactly(text, empty, noise, text);
        assertThat(PackedIndex.inflateRun(List.of(compressed.get(2), compressed.get(0)))).containsExactly(noise, text);
    }

    @Test
    void varintsTakeSevenBitsAByte() {
        ByteSink out = new ByteSink();
        for (int value : new int[] {0, 127, 128, 300}) {
            out.varint(value);
        }
        assertThat(out.toArray()).containsExactly(0, 127, 0x80, 1, 0xAC, 2);
    }

    @Test
    void vlqWritesSmallNumbersInOneCharacter() {
        StringBuilder out = new StringBuilder();
        for (int value : new int[] {0, 31, 32, 1023, 1_000_000}) {
            Vlq.append(out, value);
        }
        assertThat(out.toString()).isEqualTo("A" + "f" + "gB" + "_f" + "gywe");
    }
}
