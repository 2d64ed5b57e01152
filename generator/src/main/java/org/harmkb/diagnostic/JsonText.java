package org.harmkb.diagnostic;

/**
 * JSON string literals that are also safe inside an HTML {@code <script>} block: besides quotes,
 * backslashes and control characters, {@code < > &} and the two JavaScript line separators are written as
 * {@code \}{@code uXXXX} escapes, so data can never close the block or start markup.
 */
public final class JsonText {

    private JsonText() {
    }

    /** {@code text} as a quoted JSON string. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
