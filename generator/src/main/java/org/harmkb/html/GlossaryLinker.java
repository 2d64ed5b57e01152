package org.harmkb.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.harmkb.link.Glossary;
import org.harmkb.link.GlossaryEntry;
import org.harmkb.link.GlossaryMatcher;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Links the first mention of each glossary term (or synonym) in a page's running text to its entry, as
 * {@code <a class="glossary-term" href="…">}. Never inside headings, links, code or other elements where a
 * link would be wrong, and never an entry to itself. Where the longest term at a place is already linked,
 * nothing shorter inside it is linked instead.
 */
public final class GlossaryLinker implements HtmlPass {

    /** Elements whose text is never auto-linked: headings, links, code, and interactive or labelling elements. */
    private static final Set<String> SKIPPED = Set.of("a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "kbd",
            "samp", "var", "script", "style", "button", "summary", "label", "textarea", "select", "option", "dfn",
            "abbr", "svg", "math");

    private final Glossary glossary;

    public GlossaryLinker(Glossary glossary) {
        this.glossary = glossary;
    }

    @Override
    public void apply(Document body, PageContext context) {
        if (glossary.entries().isEmpty()) {
            return;
        }
        String ownUrl = context.page().source().url();
        boolean[] linked = new boolean[glossary.entries().size()];
        for (int i = 0; i < linked.length; i++) {
            linked[i] = glossary.entry(i).page().url().equals(ownUrl);
        }
        List<TextNode> texts = new ArrayList<>();
        collectTexts(body.body(), texts);
        for (TextNode text : texts) {
            link(text, linked, context);
        }
    }

    /** Text nodes outside skipped elements, in document order. */
    private static void collectTexts(Element element, List<TextNode> out) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                out.add(text);
            } else if (child instanceof Element inner && !SKIPPED.contains(inner.normalName())) {
                collectTexts(inner, out);
            }
        }
    }

    private void link(TextNode node, boolean[] linked, PageContext context) {
        String text = node.getWholeText();
        List<GlossaryMatcher.Match> fresh = new ArrayList<>();
        for (GlossaryMatcher.Match match : glossary.matcher().findAll(text)) {
            if (!linked[match.entry()]) {
                linked[match.entry()] = true;
                fresh.add(match);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        int from = 0;
        for (GlossaryMatcher.Match match : fresh) {
            if (match.start() > from) {
                node.before(new TextNode(text.substring(from, match.start())));
            }
            GlossaryEntry entry = glossary.entry(match.entry());
            Element anchor = new Element("a").addClass("glossary-term").attr("href", context.config().href(entry.page().url()));
            anchor.appendText(text.substring(match.start(), match.end()));
            node.before(anchor);
            from = match.end();
        }
        if (from < text.length()) {
            node.before(new TextNode(text.substring(from)));
        }
        node.remove();
    }
}
