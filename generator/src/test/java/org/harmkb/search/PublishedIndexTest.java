package org.harmkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.harmkb.pipeline.BuildResult;
import org.harmkb.pipeline.GoldenSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index a real build writes (golden scenario {@code search-index}), read back from its pack files. */
class PublishedIndexTest {

    @TempDir
    Path out;

    @Test
    void publishedPagesAndSynonymsAreIndexedAndDraftsAreNot() throws IOException {
        BuildResult result = GoldenSites.build(GoldenSites.ROOT.resolve("search-index"), out);
        assertThat(result.diagnostics()).isEmpty();
        List<SearchFile> files;
        try (Stream<Path> paths = Files.list(out.resolve("search"))) {
            files = paths.filter(p -> !p.getFileName().toString().equals("index.html")).map(p -> {
                try {
                    return new SearchFile("/search/" + p.getFileName(), Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        PackedIndex index = PackedIndex.of(files);
        assertThat(index.terms()).contains("#0", "reliv", "session").doesNotContain("draftword", "secret");
        assertThat(String.join("", index.chunks()))
                .contains("{\"u\":\"/published/\",\"t\":\"Reliving trauma in sessions\",\"d\":\"A published page.\","
                        + "\"x\":\"Being made to relive it Some text about sessions.\","
                        + "\"h\":[[\"being-made-to-relive-it\",\"Being made to relive it\"]]}")
                .doesNotContain("Secret draft page");
    }
}
