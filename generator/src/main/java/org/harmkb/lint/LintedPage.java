package org.harmkb.lint;

import com.vladsch.flexmark.util.ast.Document;
import java.time.LocalDate;
import java.util.List;
import org.harmkb.config.LintSettings;
import org.harmkb.content.SourcePage;

/**
 * What a {@link Lint} reads about one page: the source, its markdown syntax tree (offsets are into
 * {@code source.body()}), its prose split into blocks, the sentences of its paragraphs, the lint settings
 * and today's date. The syntax tree must only be read.
 */
public record LintedPage(SourcePage source, Document markdown, List<Prose> prose, List<Sentence> sentences,
        LintSettings settings, LocalDate today) {

    public LintedPage {
        prose = List.copyOf(prose);
        sentences = List.copyOf(sentences);
    }

    /** Splits the paragraphs into sentences once, for all the lints that read them. */
    static LintedPage of(SourcePage source, Document markdown, List<Prose> prose, LintSettings settings, LocalDate today) {
        List<Sentence> sentences = new java.util.ArrayList<>();
        prose.stream().filter(p -> p.kind() == Prose.Kind.PARAGRAPH).forEach(p -> sentences.addAll(Sentences.of(p)));
        return new LintedPage(source, markdown, prose, sentences, settings, today);
    }

    /** The prose blocks of the given kind, in page order. */
    public List<Prose> prose(Prose.Kind kind) {
        return prose.stream().filter(p -> p.kind() == kind).toList();
    }
}
