package org.harmkb.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast decoding gives what strict decoding gives: the same text, or an error at the same place. */
class Utf8TextTest {

    @Test
    void randomBytesDecodeAsAStrictDecoderDecodesThem() {
        byte[][] pieces = {"a".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8),
                "\r".getBytes(StandardCharsets.UTF_8), "é".getBytes(StandardCharsets.UTF_8),
                "\uFFFD".getBytes(StandardCharsets.UTF_8), "\uFEFF".getBytes(StandardCharsets.UTF_8),
                "\uD83D\uDE00".getBytes(StandardCharsets.UTF_8), {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xED, (byte) 0xA0,
                (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0x80}};
        Random random = new Random(4);
        int valid = 0;
        for (int n = 0; n < 20_000; n++) {
            ByteBuffer bytes = ByteBuffer.allocate(200);
            int count = random.nextInt(12);
            for (int i = 0; i < count; i++) {
                bytes.put(pieces[random.nextInt(pieces.length)]);
            }
            byte[] input = java.util.Arrays.copyOf(bytes.array(), bytes.position());
            Utf8Text.Decoded decoded = Utf8Text.decode(input);
            String expected = strictOrNull(input);
            if (expected == null) {
                assertThat(decoded.ok()).isFalse();
                assertThat(decoded.invalidAt()).isNotNull();
            } else {
                valid++;
                String body = expected.startsWith("\uFEFF") ? expected.substring(1) : expected;
                assertThat(decoded.text()).isEqualTo(body.replace("\r\n", "\n").replace('\r', '\n'));
            }
        }
        assertThat(valid).isGreaterThan(1_000);
    }

    @Test
    void aReplacementCharacterTheAuthorWroteIsText() {
        Utf8Text.Decoded decoded = Utf8Text.decode("a \uFFFD b\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.ok()).isTrue();
        assertThat(decoded.text()).isEqualTo("a \uFFFD b\n");
    }

    @Test
    void anInvalidByteIsReportedAtItsLineAndColumn() {
        byte[] bytes = {'a', '\n', 'b', 'c', (byte) 0xE9, 'd'};
        Utf8Text.Decoded decoded = Utf8Text.decode(bytes);
        assertThat(decoded.ok()).isFalse();
        assertThat(decoded.invalidAt()).isEqualTo(new Position(2, 3));
    }

    @Test
    void theByteOrderMarkIsDroppedAndLineEndingsNormalised() {
        Utf8Text.Decoded decoded = Utf8Text.decode("\uFEFFa\r\nb\rc".getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.text()).isEqualTo("a\nb\nc");
    }

    private static String strictOrNull(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
