package org.harmkb.lint;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/** Splits a markdown syntax tree into {@link Prose} blocks: paragraphs, headings and table cells. */
final class ProseExtractor {

    private ProseExtractor() {
    }

    /** @param nodes a syntax tree's nodes in document order ({@link LintedPage#nodes()}) */
    static List<Prose> extract(List<Node> nodes) {
        List<Prose> out = new ArrayList<>();
        String bulk = nodes.isEmpty() ? null : nulFreeBase(nodes.get(0));
        for (Node node : nodes) {
            Prose.Kind kind = kindOf(node);
            if (kind != null) {
                Prose prose = text(node, kind, bulk);
                if (!prose.text().isBlank()) {
                    out.add(prose);
                }
            }
        }
        return out;
    }

    private static Prose.Kind kindOf(Node node) {
        if (node instanceof Paragraph && !(node.getParent() instanceof TableCell)) {
            return Prose.Kind.PARAGRAPH;
        }
        if (node instanceof Heading) {
            return Prose.Kind.HEADING;
        }
        if (node instanceof TableCell) {
            return Prose.Kind.TABLE_CELL;
        }
        return null;
    }

    /**
     * The page's text when it is a {@code String} without NUL: a stretch of it can then be copied whole, as
     * nothing in it needs reading as U+FFFD. Otherwise null.
     */
    private static String nulFreeBase(Node node) {
        return node.getChars().getBase() instanceof String base && base.indexOf('\0') < 0 ? base : null;
    }

    /** The text under {@code block}, walked without recursion. */
    private static Prose text(Node block, Prose.Kind kind, String bulk) {
        StringBuilder text = new StringBuilder();
        Offsets offsets = new Offsets(block.getTextLength());
        Deque<Node> stack = new ArrayDeque<>();
        pushChildren(block, stack);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node instanceof Text || node instanceof HtmlEntity) {
                appendChars(text, offsets, node.getChars(), bulk);
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                append(text, offsets, " ", node.getStartOffset());
            } else if (node instanceof Code || node instanceof AutoLink || node instanceof MailLink) {
                // Code and bare addresses count as one word, so they neither break nor inflate sentences.
                append(text, offsets, "x", node.getStartOffset());
            } else if (node instanceof Image || node instanceof ImageRef || node instanceof HtmlInline
                    || node instanceof Footnote) {
                append(text, offsets, " ", node.getStartOffset());
            } else {
                pushChildren(node, stack);
            }
        }
        return new Prose(kind, text.toString(), offsets.toArray());
    }

    /**
     * A node's characters, each with its body offset. Most are one stretch of the page's text, copied straight
     * from it (at once when the page has no NUL: {@code bulk}); others go through the sequence's own
     * {@code charAt}. Either way a NUL reads as U+FFFD, as Flexmark's sequences give it.
     */
    private static void appendChars(StringBuilder text, Offsets offsets, BasedSequence chars, String bulk) {
        if (chars instanceof SubSequence sub && sub.getBase() instanceof String base) {
            int start = sub.getStartOffset();
            int end = sub.getEndOffset();
            if (base == bulk) {
                text.append(base, start, end);
            } else {
                for (int i = start; i < end; i++) {
                    char c = base.charAt(i);
                    text.append(c == '\0' ? '\uFFFD' : c);
                }
            }
            offsets.addRange(start, end);
            return;
        }
        for (int i = 0; i < chars.length(); i++) {
            text.append(chars.charAt(i));
            offsets.add(chars.getIndexOffset(i));
        }
    }

    private static void append(StringBuilder text, Offsets offsets, String chars, int offset) {
        for (int i = 0; i < chars.length(); i++) {
            text.append(chars.charAt(i));
            offsets.add(offset);
        }
    }

    /** A growing array of body offsets, one per character of prose (unboxed: it grows for every character of every page). */
    private static final class Offsets {
        private int[] values;
        private int size;

        Offsets(int expected) {
            values = new int[Math.max(16, expected)];
        }

        void add(int offset) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = offset;
        }

        /** Adds {@code from}, {@code from + 1}, … up to {@code to} (exclusive). */
        void addRange(int from, int to) {
            int needed = size + to - from;
            if (needed > values.length) {
                values = Arrays.copyOf(values, Math.max(needed, size * 2));
            }
            for (int offset = from; offset < to; offset++) {
                values[size++] = offset;
            }
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    private static void pushChildren(Node node, Deque<Node> stack) {
        for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
            stack.push(child);
        }
    }
}
