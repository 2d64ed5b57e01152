package org.harmkb.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.harmkb.config.ConfigLoader;
import org.harmkb.config.SiteConfig;
import org.harmkb.diagnostic.Diagnostic;
import org.harmkb.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template that includes itself is an error at the include that closes the loop, not a stack overflow. */
class TemplateRecursionTest {

    @TempDir
    Path dir;

    @Test
    void templateIncludingItselfThroughAnotherIsReportedAtTheClosingInclude() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("theme/templates"));
        Files.writeString(templates.resolve("page.peb"), "<main>{% include \"partials/card\" %}</main>\n");
        Files.createDirectories(templates.resolve("partials"));
        Files.writeString(templates.resolve("partials/card.peb"), "<p>card</p>\n\n{% include \"page\" %}\n");

        Diagnostics diagnostics = new Diagnostics();
        Files.writeString(dir.resolve("site-config.yaml"), "title: \"Site\"\ndescription: \"D\"\nbase_url: \"https://example.org/\"\n");
        SiteConfig config = ConfigLoader.load(dir.resolve("site-config.yaml"), diagnostics).orElseThrow();

        assertThat(new TemplateRenderer(config, diagnostics).render("page", PageModel.builder().build(), "content/a.md")).isEmpty();

        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.path()).endsWith("theme/templates/partials/card.peb");
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).isEqualTo("template 'page' includes itself: page → partials/card → page");
            assertThat(d.hint()).contains("content/a.md");
        });
    }
}
