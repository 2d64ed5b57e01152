package org.harmkb.lint;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.harmkb.config.LintSettings;
import org.harmkb.content.SourcePage;

/**
 * What a {@link Lint} reads about one page: the source, its markdown syntax tree (offsets are into
 * {@code source.body()}) and all its nodes in document order, its prose split into blocks, the sentences of
 * its paragraphs, the lint settings and today's date. The syntax tree must only be read.
 *
 * @param nodes every node below {@code markdown}, in the order {@link Document#getDescendants()} gives them
 *              (each before its children): walked once for all the lints
 */
public record LintedPage(SourcePage source, Document markdown, List<Node> nodes, List<Prose> prose,
        List<Sentence> sentences, LintSettings settings, LocalDate today) {

    public LintedPage {
        nodes = List.copyOf(nodes);
        prose = List.copyOf(prose);
        sentences = List.copyOf(sentences);
    }

    /** Splits the paragraphs into sentences once, for all the lints that read them. */
    static LintedPage of(SourcePage source, Document markdown, LintSettings settings, LocalDate today) {
        List<Node> nodes = descendants(markdown);
        List<Prose> prose = ProseExtractor.extract(nodes);
        List<Sentence> sentences = new ArrayList<>();
        for (Prose p : prose) {
            if (p.kind() == Prose.Kind.PARAGRAPH) {
                sentences.addAll(Sentences.of(p));
            }
        }
        return new LintedPage(source, markdown, nodes, prose, sentences, settings, today);
    }

    /** The nodes below {@code root}, each before its children: what {@code getDescendants()} iterates, without its iterator stack. */
    static List<Node> descendants(Node root) {
        List<Node> out = new ArrayList<>();
        Node node = root.getFirstChild();
        while (node != null) {
            out.add(node);
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            while (node != root && node.getNext() == null) {
                node = node.getParent();
            }
            node = node == root ? null : node.getNext();
        }
        return out;
    }

    /** The prose blocks of the given kind, in page order. */
    public List<Prose> prose(Prose.Kind kind) {
        return prose.stream().filter(p -> p.kind() == kind).toList();
    }
}
