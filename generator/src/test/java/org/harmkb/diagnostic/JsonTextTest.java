package org.harmkb.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void quotesAndEscapesSoDataCannotCloseAScriptBlock() {
        assertThat(JsonText.quote("a\"b\\c\n</script><!-- & \u2028"))
                .isEqualTo("\"a\\\"b\\\\c\\n\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\"");
    }

    @Test
    void diagnosticsBecomeOneObjectEach() {
        String json = DiagnosticJson.array(java.util.List.of(
                Diagnostic.error("content/a.md", 3, 7, "bad \"thing\"", "fix it"),
                Diagnostic.warning("site-config.yaml", 0, 0, "odd", "")));
        assertThat(json).isEqualTo("[{\"severity\":\"error\",\"path\":\"content/a.md\",\"line\":3,\"column\":7,"
                + "\"message\":\"bad \\\"thing\\\"\",\"hint\":\"fix it\"},{\"severity\":\"warning\",\"path\":\"site-config.yaml\","
                + "\"line\":0,\"column\":0,\"message\":\"odd\",\"hint\":\"\"}]");
    }
}
