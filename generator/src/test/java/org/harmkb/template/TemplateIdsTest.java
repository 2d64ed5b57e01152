package org.harmkb.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateIdsTest {

    @TempDir
    Path theme;

    @Test
    void theRepositoryThemesIdsAroundTheArticleAreRead() {
        assertThat(TemplateIds.read(Path.of("theme")))
                .contains("main", "support", "support-heading", "exit-this-page", "site-search");
    }

    @Test
    void anIdATemplateAddsIsReservedWithoutAnyListToUpdate() throws IOException {
        Files.createDirectories(theme.resolve("templates/partials"));
        Files.writeString(theme.resolve("templates/base.peb"), "<main id=\"main\">{% block body %}{% endblock %}</main>");
        Files.writeString(theme.resolve("templates/partials/new.peb"),
                "<aside id='new-panel' data-id=\"not-an-id\" aria-labelledby=\"also-not\"><h2 id=\"{{ page.id }}\">x</h2></aside>");
        Files.writeString(theme.resolve("templates/notes.txt"), "<p id=\"not-a-template\">");
        assertThat(TemplateIds.read(theme)).containsExactly("main", "new-panel");
    }

    @Test
    void aThemeWithoutTemplatesReservesNothing() {
        assertThat(TemplateIds.read(theme.resolve("missing"))).isEmpty();
    }
}
