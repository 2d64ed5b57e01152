package org.harmkb.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentLoaderTest {

    @Test
    void fileNamesMapToPrettyLowerCaseUrls() {
        assertThat(ContentLoader.urlOf("index.md")).isEqualTo("/");
        assertThat(ContentLoader.urlOf("rights/index.md")).isEqualTo("/rights/");
        assertThat(ContentLoader.urlOf("Your Rights/Making a Complaint.md")).isEqualTo("/your-rights/making-a-complaint/");
        assertThat(ContentLoader.urlOf("a/Café & Co.md")).isEqualTo("/a/cafe-co/");
    }

    @Test
    void slugsAreTheFileNameOrTheFolderForIndexPages() {
        assertThat(ContentLoader.slugOf("rights/complaints.md")).isEqualTo("complaints");
        assertThat(ContentLoader.slugOf("rights/index.md")).isEqualTo("rights");
        assertThat(ContentLoader.slugOf("index.md")).isEqualTo("index");
    }

    @Test
    void utf8DecodingReportsTheLineAndColumnOfTheBadByte() {
        byte[] bytes = {'a', '\n', 'b', 'c', (byte) 0xE9, 'd'};
        Utf8Text.Decoded decoded = Utf8Text.decode(bytes);
        assertThat(decoded.ok()).isFalse();
        assertThat(decoded.invalidAt()).isEqualTo(new Position(2, 3));
    }

    @Test
    void utf8DecodingDropsTheByteOrderMarkAndNormalisesLineEndings() {
        Utf8Text.Decoded decoded = Utf8Text.decode("\uFEFFa\r\nb\rc".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(decoded.text()).isEqualTo("a\nb\nc");
    }
}
