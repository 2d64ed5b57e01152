package org.harmkb.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The addresses written in raw HTML inside markdown: {@code <a href>} and {@code <img src>}, the elements the
 * HTML stage rewrites. Values are read as a browser reads them (entities decoded) by Jsoup.
 */
final class RawHtmlLinks {

    /** One address found, and its tag's offset in the HTML it was found in. */
    record Found(LinkReference.Kind kind, String target, String label, int offset) {
    }

    private static final Evaluator LINKS_AND_IMAGES = QueryParser.parse("a[href], img[src]");
    private static final Pattern OPENING = Pattern.compile("(?i)^<(a|img)[\\s/>].*", Pattern.DOTALL);
    private static final Pattern CLOSING_ANCHOR = Pattern.compile("(?i)^</a\\s*>$");

    private RawHtmlLinks() {
    }

    /** Whether an inline tag is {@code </a>}. */
    static boolean isClosingAnchor(String tag) {
        return CLOSING_ANCHOR.matcher(tag).matches();
    }

    /**
     * The address of one inline opening tag: an {@code <a href>} (its label, the text up to {@code </a>}, is
     * the caller's to find; null here) or an {@code <img src>} labelled by its {@code alt}.
     */
    static Optional<Found> inTag(String tag) {
        if (!OPENING.matcher(tag).matches()) {
            return Optional.empty();
        }
        Element body = Jsoup.parseBodyFragment(tag).body();
        return body.children().isEmpty() ? Optional.empty() : found(body.child(0), 0);
    }

    /** Every address in a raw HTML block, in document order, with its tag's offset in {@code html}. */
    static List<Found> inBlock(String html) {
        Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        List<Found> links = new ArrayList<>();
        for (Element element : document.select(LINKS_AND_IMAGES)) {
            int offset = Math.max(0, Math.min(element.sourceRange().start().pos(), html.length()));
            found(element, offset).map(f -> f.kind() == LinkReference.Kind.LINK
                    ? new Found(f.kind(), f.target(), element.text().strip(), offset) : f).ifPresent(links::add);
        }
        return links;
    }

    private static Optional<Found> found(Element element, int offset) {
        if (element.normalName().equals("a") && element.hasAttr("href")) {
            return Optional.of(new Found(LinkReference.Kind.LINK, element.attr("href"), null, offset));
        }
        if (element.normalName().equals("img") && element.hasAttr("src")) {
            return Optional.of(new Found(LinkReference.Kind.IMAGE, element.attr("src"), element.attr("alt"), offset));
        }
        return Optional.empty();
    }
}
