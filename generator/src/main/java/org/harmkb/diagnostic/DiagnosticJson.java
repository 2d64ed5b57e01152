package org.harmkb.diagnostic;

import java.util.List;

/**
 * Diagnostics as JSON, for tools: {@code check --format json} and the error overlay of {@code serve}.
 * One object per diagnostic with {@code severity}, {@code path}, {@code line}, {@code column},
 * {@code message} and {@code hint}; line and column are 0 when the problem concerns the whole file.
 */
public final class DiagnosticJson {

    private DiagnosticJson() {
    }

    public static String object(Diagnostic d) {
        return "{\"severity\":" + JsonText.quote(d.severity().label())
                + ",\"path\":" + JsonText.quote(d.path())
                + ",\"line\":" + d.line()
                + ",\"column\":" + d.column()
                + ",\"message\":" + JsonText.quote(d.message())
                + ",\"hint\":" + JsonText.quote(d.hint()) + "}";
    }

    public static String array(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < diagnostics.size(); i++) {
            out.append(i == 0 ? "" : ",").append(object(diagnostics.get(i)));
        }
        return out.append(']').toString();
    }
}
