package org.harmkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
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
        IndexLayout small = new IndexLayout(2_000, 7, 2);
        var a = new SearchIndexBuilder(SearchSettings.DEFAULT, small).build(docs, new Diagnostics()).files();
        var b = new SearchIndexBuilder(SearchSettings.DEFAULT, small).build(reversed, new Diagnostics()).files();
        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).sitePath()).isEqualTo(b.get(i).sitePath());
            assertThat(a.get(i).bytes()).as(a.get(i).sitePath()).isEqualTo(b.get(i).bytes());
        }
    }

    @Test
    void indexingInSlicesExportsExactlyWhatOneIndexWould() {
        List<SearchDocument> docs = pages(90);
        IndexLayout small = new IndexLayout(3_000, 9, 2);
        var one = new SearchIndexBuilder(SearchSettings.DEFAULT, small).build(docs, new Diagnostics(), 1).files();
        var three = new SearchIndexBuilder(SearchSettings.DEFAULT, small).build(docs, new Diagnostics(), 3).files();
        assertThat(three).hasSameSizeAs(one);
        for (int i = 0; i < one.size(); i++) {
            assertThat(three.get(i).bytes()).as(one.get(i).sitePath()).isEqualTo(one.get(i).bytes());
        }
    }

    @Test
    void smallLayoutCutsTermsIntoShardsAndDocumentsIntoChunks() {
        var files = new SearchIndexBuilder(SearchSettings.DEFAULT, new IndexLayout(800, 7, 2))
                .build(pages(60), new Diagnostics()).files();
        List<String> paths = files.stream().map(SearchFile::sitePath).toList();
        assertThat(paths.get(0)).isEqualTo("/search/index.json");
        long shards = paths.stream().filter(p -> p.startsWith("/search/t-")).count();
        long positions = paths.stream().filter(p -> p.startsWith("/search/p-")).count();
        assertThat(shards).isGreaterThan(3);
        assertThat(positions).isEqualTo((shards + 1) / 2);
        assertThat(paths).filteredOn(p -> p.startsWith("/search/d-")).hasSize(9); // 61 pages, 7 a chunk
        assertThat(text(files.get(0))).contains("\"n\":61").contains("\"chunk\":7").contains("\"pgroup\":2");
    }

    @Test
    void pageWithAContentNoteShipsTheNoteAndNoneOfItsText() {
        var files = new SearchIndexBuilder(SearchSettings.DEFAULT, new IndexLayout(100_000, 100, 1))
                .build(pages(3), new Diagnostics()).files();
        String docs = files.stream().filter(f -> f.sitePath().equals("/search/d-0.json")).map(SearchIndexBuilderTest::text)
                .findFirst().orElseThrow();
        assertThat(docs).contains("{\"u\":\"/p003/\",\"t\":\"Page 3 about consent\",\"n\":\"This page talks about trauma.\",\"h\"")
                .doesNotContain("Description 3").doesNotContain("Body text number 3");
        assertThat(docs).contains("\"d\":\"Description 2\"");
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
