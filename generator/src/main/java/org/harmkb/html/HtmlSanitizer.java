package org.harmkb.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.harmkb.config.HtmlPolicy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The security boundary for author HTML: everything Flexmark produced is cleaned with a Jsoup
 * {@link Safelist}, so {@code <script>}, event-handler attributes and {@code javascript:} URLs never reach
 * the output, whatever the markdown contained. Attributes the config allows that hold an address keep only
 * web, mail and phone addresses (relative ones included), so an allow-list cannot re-enable {@code javascript:}
 * or {@code data:} URLs. Thread-safe.
 */
public final class HtmlSanitizer {

    /** Any base works: it only lets relative links pass the protocol check; they stay relative. */
    private static final String CHECK_BASE = "https://sanitizer.invalid/";

    private final Safelist safelist;
    private final Cleaner cleaner;

    public HtmlSanitizer(HtmlPolicy policy) {
        Safelist safelist = Safelist.relaxed()
                .addTags("del", "s", "ins", "mark", "abbr", "details", "summary", "figure", "figcaption", "hr",
                        "section", "kbd", "samp", "var")
                .addAttributes(":all", "class", "lang", "dir", "title")
                .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
                .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
                .addAttributes("li", "id").addAttributes("sup", "id").addAttributes("a", "id")
                .addAttributes("section", "id").addAttributes("div", "id")
                .addAttributes("abbr", "title")
                .addAttributes("td", "align").addAttributes("th", "align", "scope")
                .addProtocols("a", "href", "tel", "sms")
                .preserveRelativeLinks(true);
        safelist.removeProtocols("img", "src", "http");
        for (String tag : policy.extraTags()) {
            safelist.addTags(tag);
        }
        for (Map.Entry<String, List<String>> entry : policy.extraAttributes().entrySet()) {
            safelist.addAttributes(entry.getKey(), entry.getValue().toArray(String[]::new));
            for (String attribute : entry.getValue()) {
                if (HtmlPolicy.URL_ATTRIBUTES.contains(attribute)) {
                    // Without protocols Jsoup keeps any value, javascript: included.
                    safelist.addProtocols(entry.getKey(), attribute, protocolsOf(attribute));
                }
            }
        }
        this.safelist = safelist;
        this.cleaner = new Cleaner(safelist);
    }

    /** Links may go to web pages, mail and phone numbers; every other address must be an https resource. */
    private static String[] protocolsOf(String attribute) {
        return attribute.equals("href") ? new String[] {"http", "https", "mailto", "tel"} : new String[] {"https"};
    }

    /** The allow-list, for comparing with what Jsoup's own {@link Cleaner} keeps. */
    Safelist safelist() {
        return safelist;
    }

    /**
     * A document holding only the allowed parts of {@code html}: what Jsoup's {@link Cleaner} keeps, the same
     * nodes in the same order, but removed from the parsed document rather than copied into a new one.
     */
    public Document clean(String html) {
        Document document = Jsoup.parseBodyFragment(html, CHECK_BASE);
        if (!cleanInPlace(document)) {
            // An allowed tag with enforced attributes: only the Cleaner knows how to add them.
            document = cleaner.clean(Jsoup.parseBodyFragment(html, CHECK_BASE));
        }
        document.outputSettings().prettyPrint(false);
        return document;
    }

    /**
     * Applies the {@link Cleaner}'s rules to the body, in place: an allowed element keeps its allowed attributes
     * and its kept content; any other element is replaced by its kept content; text stays (CDATA becomes plain
     * text); script-like data stays only inside an allowed element; comments and everything else go. The head
     * and the attributes of {@code html} and {@code body}, which the Cleaner never copies, are emptied. Walked
     * with a stack, not recursion, as the Cleaner's traversal is. False, with the document half cleaned, if an
     * allowed element would get enforced attributes.
     */
    private boolean cleanInPlace(Document document) {
        Element body = document.body();
        if (body == null) {
            return false;
        }
        document.head().empty();
        removeAttributes(document.child(0));
        removeAttributes(body);
        Deque<Children> stack = new ArrayDeque<>();
        stack.push(new Children(body, safelist.isSafeTag(body.normalName())));
        while (!stack.isEmpty()) {
            Children parent = stack.peek();
            if (parent.next == parent.nodes.size()) {
                stack.pop();
                if (!parent.safe && parent.element != body) {
                    parent.element.unwrap();
                }
                continue;
            }
            Node node = parent.nodes.get(parent.next++);
            if (node instanceof Element element) {
                boolean safe = safelist.isSafeTag(element.normalName());
                if (safe) {
                    if (!safelist.getEnforcedAttributes(element.tagName()).isEmpty()) {
                        return false;
                    }
                    keepSafeAttributes(element);
                }
                stack.push(new Children(element, safe));
            } else if (node instanceof TextNode text) {
                if (text.getClass() != TextNode.class) {
                    text.replaceWith(new TextNode(text.getWholeText()));
                }
            } else if (!(node instanceof DataNode && parent.safe)) {
                node.remove();
            }
        }
        return true;
    }

    private void keepSafeAttributes(Element element) {
        List<String> unsafe = new ArrayList<>();
        for (Attribute attribute : element.attributes()) {
            if (!safelist.isSafeAttribute(element.tagName(), element, attribute)) {
                unsafe.add(attribute.getKey());
            }
        }
        unsafe.forEach(element.attributes()::remove);
    }

    private static void removeAttributes(Element element) {
        List<String> keys = new ArrayList<>();
        element.attributes().forEach(attribute -> keys.add(attribute.getKey()));
        keys.forEach(element.attributes()::remove);
    }

    /** An element's child nodes as parsed (the list is copied: cleaning changes the element's own), and which is next. */
    private static final class Children {
        final Element element;
        final boolean safe;
        final List<Node> nodes;
        int next;

        Children(Element element, boolean safe) {
            this.element = element;
            this.safe = safe;
            this.nodes = new ArrayList<>(element.childNodes());
        }
    }
}
