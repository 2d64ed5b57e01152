package org.harmkb.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where the first invalid byte is. */
final class Utf8Text {

    /** Either the decoded text, or the 1-based line and column of the first invalid byte. */
    record Decoded(String text, Position invalidAt) {
        boolean ok() {
            return invalidAt == null;
        }
    }

    private Utf8Text() {
    }

    static Decoded decode(byte[] bytes) {
        // The JDK's own decoding is many times faster than a CharsetDecoder's, and gives U+FFFD for every
        // invalid byte: text without one was valid. Text with one is decoded again strictly, which tells an
        // invalid byte from a U+FFFD the author wrote and says where the first one is.
        String fast = new String(bytes, StandardCharsets.UTF_8);
        return fast.indexOf('\uFFFD') < 0 ? new Decoded(normalised(fast), null) : strict(bytes);
    }

    private static Decoded strict(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Decoded(null, positionOf(bytes, in.position()));
        }
        out.flip();
        return new Decoded(normalised(out.toString()), null);
    }

    /** Without a leading byte order mark, and with every line ending a {@code \n}. */
    private static String normalised(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return body.indexOf('\r') < 0 ? body : body.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Position positionOf(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        return new Position(line, before.codePointCount(0, before.length()) + 1);
    }
}
