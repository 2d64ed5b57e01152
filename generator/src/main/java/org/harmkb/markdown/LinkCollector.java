package org.harmkb.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.harmkb.content.LineIndex;
import org.harmkb.markdown.internal.WikiLinkNode;

/**
 * Finds every link, image and wikilink in a parsed page, in document order, with its source position and
 * the sentence around it. Each paragraph's text is built once, so the work is linear in the page's size.
 * Links written in raw HTML ({@code <a href>}, {@code <img src>}) are found too, at the position of their
 * tag, so they are checked and rewritten like markdown links.
 */
final class LinkCollector {

    /** Context longer than this on either side of a link is shortened at a word boundary. */
    static final int MAX_CONTEXT = 160;

    private final Document document;
    private final int bodyLine;
    private final LineIndex lines;
    private final Function<String, String> wikiText;
    private final List<LinkReference> links = new ArrayList<>();

    private LinkCollector(Document document, int bodyLine, LineIndex lines, Function<String, String> wikiText) {
        this.document = document;
        this.bodyLine = bodyLine;
        this.lines = lines;
        this.wikiText = wikiText;
    }

    /**
     * The links of {@code document}, whose first line is line {@code bodyLine} of its file and whose lines
     * {@code lines} indexes. Links inside code are not collected. {@code wikiText} gives the text an unlabelled
     * wikilink shows for its target (the target page's title), so the sentence around another link reads as
     * on the page.
     */
    static List<LinkReference> collect(Document document, int bodyLine, LineIndex lines, Function<String, String> wikiText) {
        LinkCollector collector = new LinkCollector(document, bodyLine, lines, wikiText);
        Deque<Node> blocks = new ArrayDeque<>();
        blocks.push(document);
        while (!blocks.isEmpty()) {
            Node node = blocks.pop();
            if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof Reference) {
                continue;
            }
            if (node instanceof HtmlBlock html) {
                collector.htmlBlock(html);
                continue;
            }
            if (node.getFirstChild() != null && !(node.getFirstChild() instanceof Block)) {
                collector.inlineContainer(node);
                continue;
            }
            // Pushed in reverse so blocks are visited in document order.
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                blocks.push(child);
            }
        }
        return List.copyOf(collector.links);
    }

    /** A link found while building a paragraph's text: where its text starts and ends in that text. */
    private record Pending(LinkReference.Kind kind, Node node, String target, String label, int start, int end) {
    }

    private void inlineContainer(Node container) {
        StringBuilder text = new StringBuilder();
        List<Pending> pending = new ArrayList<>();
        RawAnchor open = appendInline(container, text, pending, null);
        if (open != null) {
            open.close(text, pending);
        }
        for (Pending p : pending) {
            int offset = p.node().getStartOffset();
            links.add(new LinkReference(p.kind(), p.target(), p.label(), bodyLine + lines.lineOf(offset),
                    lines.columnOf(offset),
                    before(text, p.start()), after(text, p.end())));
        }
    }

    /**
     * Appends the plain text of {@code node}'s children, noting each link's span. Inline nesting is shallow.
     *
     * @param open a raw {@code <a href>} whose {@code </a>} has not come yet, or null
     * @return the raw {@code <a href>} still open after these children, or null
     */
    private RawAnchor appendInline(Node node, StringBuilder text, List<Pending> pending, RawAnchor open) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text) {
                text.append(child.getChars());
            } else if (child instanceof Code code) {
                text.append(code.getText());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append(' ');
            } else if (child instanceof HtmlInline html) {
                open = htmlInline(html, text, pending, open);
            } else if (child instanceof WikiLinkNode wiki) {
                int start = text.length();
                // What the reader sees: the label, else the target's title.
                text.append(wiki.label() == null ? wikiText.apply(wiki.target()) : wiki.label());
                pending.add(new Pending(LinkReference.Kind.WIKI, wiki, wiki.target(), wiki.label(), start, text.length()));
            } else if (child instanceof Link || child instanceof Image || child instanceof LinkRef || child instanceof ImageRef) {
                String url = url(child);
                int start = text.length();
                int index = pending.size();
                open = appendInline(child, text, pending, open);
                if (url != null) {
                    LinkReference.Kind kind = child instanceof Image || child instanceof ImageRef
                            ? LinkReference.Kind.IMAGE : LinkReference.Kind.LINK;
                    String label = text.substring(start).strip();
                    pending.add(index, new Pending(kind, child, url, label, start, text.length()));
                }
            } else {
                open = appendInline(child, text, pending, open);
            }
        }
        return open;
    }

    /**
     * A raw HTML tag in a paragraph: {@code <a href>} opens a link whose label is the text up to {@code </a>};
     * {@code <img src>} is an image labelled by its {@code alt}. Other tags add nothing.
     */
    private RawAnchor htmlInline(HtmlInline html, StringBuilder text, List<Pending> pending, RawAnchor open) {
        String tag = html.getChars().toString();
        if (open != null && RawHtmlLinks.isClosingAnchor(tag)) {
            open.close(text, pending);
            return null;
        }
        Optional<RawHtmlLinks.Found> found = RawHtmlLinks.inTag(tag);
        if (found.isEmpty()) {
            return open;
        }
        if (found.get().kind() == LinkReference.Kind.IMAGE) {
            pending.add(new Pending(LinkReference.Kind.IMAGE, html, found.get().target(), found.get().label(), text.length(),
                    text.length()));
            return open;
        }
        if (open != null) {
            // An <a> inside an unclosed <a>: browsers end the first there.
            open.close(text, pending);
        }
        return new RawAnchor(html, found.get().target(), text.length(), pending.size());
    }

    /** A raw {@code <a href>} in a paragraph, waiting for its {@code </a>}. */
    private record RawAnchor(Node node, String target, int start, int index) {

        void close(StringBuilder text, List<Pending> pending) {
            pending.add(index, new Pending(LinkReference.Kind.LINK, node, target, text.substring(start).strip(), start,
                    text.length()));
        }
    }

    /** Links in a raw HTML block, each at the position of its tag; there is no sentence around them. */
    private void htmlBlock(HtmlBlock block) {
        for (RawHtmlLinks.Found found : RawHtmlLinks.inBlock(block.getChars().toString())) {
            int offset = block.getStartOffset() + found.offset();
            links.add(new LinkReference(found.kind(), found.target(), found.label(), bodyLine + lines.lineOf(offset),
                    lines.columnOf(offset), "", ""));
        }
    }

    /** The destination of a link or image; null for a reference-style link whose reference is undefined. */
    private String url(Node link) {
        if (link instanceof Link l) {
            return l.getUrl().toString();
        }
        if (link instanceof Image i) {
            return i.getUrl().toString();
        }
        Reference reference = ((RefNode) link).getReferenceNode(document);
        return reference == null ? null : reference.getUrl().toString();
    }

    static String before(CharSequence text, int linkStart) {
        // Back to the sentence's start, but no further than the context can show: a paragraph of thousands of
        // links and no full stop would otherwise be scanned once per link. Each whitespace run counts as the one
        // space it collapses to, so stopping past MAX_CONTEXT + 2 of those keeps the same cut below.
        int start = linkStart;
        int shown = 0;
        while (start > 0 && !endsSentence(text, start - 1) && shown <= MAX_CONTEXT + 2) {
            start--;
            if (!(Character.isWhitespace(text.charAt(start)) && start + 1 < text.length()
                    && Character.isWhitespace(text.charAt(start + 1)))) {
                shown++;
            }
        }
        String before = collapse(text.subSequence(start, linkStart).toString()).stripLeading();
        if (before.length() > MAX_CONTEXT) {
            String cut = before.substring(before.length() - MAX_CONTEXT);
            int space = cut.indexOf(' ');
            before = "…" + (space < 0 ? cut : cut.substring(space + 1));
        }
        return before;
    }

    static String after(CharSequence text, int linkEnd) {
        int end = linkEnd;
        int shown = 0;
        while (end < text.length() && !(end > linkEnd && endsSentence(text, end - 1)) && shown <= MAX_CONTEXT + 2) {
            if (!(Character.isWhitespace(text.charAt(end)) && end > 0 && Character.isWhitespace(text.charAt(end - 1)))) {
                shown++;
            }
            end++;
        }
        String after = collapse(text.subSequence(linkEnd, end).toString()).stripTrailing();
        if (after.length() > MAX_CONTEXT) {
            String cut = after.substring(0, MAX_CONTEXT);
            int space = cut.lastIndexOf(' ');
            after = (space < 0 ? cut : cut.substring(0, space)) + "…";
        }
        return after;
    }

    /** Whether the character at {@code i} ends a sentence: {@code . ! ?} followed by a space or the end. */
    private static boolean endsSentence(CharSequence text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
