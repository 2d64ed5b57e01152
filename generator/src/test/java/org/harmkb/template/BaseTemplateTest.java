package org.harmkb.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.harmkb.config.ConfigLoader;
import org.harmkb.config.SiteConfig;
import org.harmkb.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages without markdown (topic, search, 404 …) extend the theme's base.peb with nothing but {@code site}. */
class BaseTemplateTest {

    @TempDir
    Path dir;

    @Test
    void aGeneratedPageRendersTheWholeLayoutWithOnlySiteInItsModel() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("theme/templates"));
        Files.copy(Path.of("theme/templates/base.peb"), templates.resolve("base.peb"));
        Files.writeString(templates.resolve("generated.peb"), """
                {% extends "base" %}
                {% block title %}Topics | {{ site.title }}{% endblock %}
                {% block content %}<h1>Topics</h1>{% endblock %}
                """);
        Files.writeString(dir.resolve("site-config.yaml"), """
                title: "Site"
                description: "D"
                base_url: "https://example.org/kb/"
                helplines:
                  - name: "Line"
                    phone: "0800 123"
                    last_verified: 2026-01-02
                """);
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = ConfigLoader.load(dir.resolve("site-config.yaml"), diagnostics).orElseThrow();
        PageModel model = PageModel.builder().site(new PageModels(config).site()).build();
        Optional<String> html = new TemplateRenderer(config, diagnostics).render("generated", model, "test");

        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(html).get().asString()
                .contains("<title>Topics | Site</title>", "<h1>Topics</h1>", "data-exit",
                        "<form class=\"header-search\" role=\"search\" action=\"/kb/search/\" method=\"get\">",
                        "<a href=\"tel:0800123\">0800 123</a>", "<time datetime=\"2026-01-02\">2 January 2026</time>")
                .doesNotContain("class=\"breadcrumbs\"", "og:description");
        assertThat(List.of(html.get().split("<h1")).size() - 1).isEqualTo(1);
    }
}
