package org.harmkb.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.harmkb.content.FrontMatter;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;

/** What a rendered page keeps of its markdown: not the markdown itself, which only the markdown stage reads. */
class RenderedPageTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer(List.of(MarkdownRenderer.CORE));

    private static SourcePage page(String body) {
        FrontMatter fm = new FrontMatter("T", "D", List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty(), OptionalInt.empty(), List.of(), List.of(), false,
                Map.of(), List.of());
        return new SourcePage(Path.of("/c/p.md"), "content/p.md", "p.md", "/p/", "p", fm, body, 5);
    }

    @Test
    void theRenderedPageHoldsItsSourceWithoutTheMarkdownAndEqualToAnyOtherCopyWithout() {
        SourcePage source = page("Some *words*.\n");

        RenderedPage rendered = renderer.render(source, new Diagnostics()).orElseThrow();

        assertThat(rendered.html()).contains("<em>words</em>");
        assertThat(rendered.source()).isEqualTo(source.withoutBody()).isNotEqualTo(source);
        assertThat(rendered.source().title()).isEqualTo("T");
        assertThat(rendered.source().bodyLine()).isEqualTo(5);
        assertThatThrownBy(() -> rendered.source().body()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("content/p.md");
        assertThat(source.withoutBody().withoutBody()).isEqualTo(source.withoutBody());
    }

    @Test
    void configPlaceholdersAreKeptAsWrittenInOrderRepeatsIncludedAndNothingElse() {
        RenderedPage rendered = renderer.render(page("Call [[helpline:kestrel]] or [[helplines:wales]].\n\n"
                + "Write to [[site:contact]]; call [[helpline:kestrel]] again. Not [[kestrel]], [[other:x]] or"
                + " [[helpline: spaced]].\n"), new Diagnostics()).orElseThrow();

        assertThat(rendered.placeholders()).containsExactly("[[helpline:kestrel]]", "[[helplines:wales]]",
                "[[site:contact]]", "[[helpline:kestrel]]");
        assertThat(renderer.render(page("No placeholder, only a [[wikilink]].\n"), new Diagnostics()).orElseThrow()
                .placeholders()).isEmpty();
    }

    @Test
    void aRenderingTakesAnotherInstanceOfItsOwnPageOnly() {
        RenderedPage rendered = renderer.render(page("Text.\n"), new Diagnostics()).orElseThrow();
        SourcePage same = page("Text.\n").withoutBody();

        assertThat(rendered.withSource(same).source()).isSameAs(same);
        SourcePage other = new SourcePage(Path.of("/c/q.md"), "content/q.md", "q.md", "/q/", "q",
                same.frontMatter(), "Text.\n", 5);
        assertThatThrownBy(() -> rendered.withSource(other)).isInstanceOf(IllegalArgumentException.class);
    }
}
