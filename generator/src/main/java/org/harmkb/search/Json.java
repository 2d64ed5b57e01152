package org.harmkb.search;

/** The little JSON the index files need: strings, numbers and nesting, written straight to a builder. */
final class Json {

    private Json() {
    }

    static void string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // U+2028/9 are legal JSON but break some parsers; control characters must be escaped.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    static void number(StringBuilder out, float value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            out.append((long) value);
        } else {
            out.append(value);
        }
    }
}
