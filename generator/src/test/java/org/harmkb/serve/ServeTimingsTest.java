package org.harmkb.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.harmkb.pipeline.BuildOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --timings}: each build's stage times, as {@code build --timings} prints them, and its collections. */
class ServeTimingsTest {

    @TempDir
    Path temp;

    @Test
    void withTimingsEachBuildPrintsItsStagesAndCollectionsAndWithoutNothing() throws IOException {
        assertThat(serve(true)).contains("timing  markdown").contains("timing  total").contains("timing  gc during build");
        assertThat(serve(false)).doesNotContain("timing");
    }

    private String serve(boolean timings) throws IOException {
        Path site = temp.resolve(timings ? "timed" : "untimed");
        TestSites.write(site, "site-config.yaml", "title: \"Test\"\ndescription: \"About.\"\nbase_url: \"https://example.org/\"\n");
        TestSites.write(site, "content/index.md", "---\ntitle: \"Home\"\ndescription: \"Hi.\"\n---\nWelcome.\n");
        TestSites.copyTheme(site.resolve("theme"));
        StringWriter err = new StringWriter();
        try (ServeSession session = ServeSession.start(new ServeSession.Settings(BuildOptions.defaults(site.resolve("site-config.yaml")),
                "127.0.0.1", 0, false, timings), new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))) {
            return err.toString();
        }
    }
}
