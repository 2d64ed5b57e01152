package org.harmkb.html;

import java.util.List;
import java.util.Map;
import org.harmkb.config.HtmlPolicy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
        this.cleaner = new Cleaner(safelist);
    }

    /** Links may go to web pages, mail and phone numbers; every other address must be an https resource. */
    private static String[] protocolsOf(String attribute) {
        return attribute.equals("href") ? new String[] {"http", "https", "mailto", "tel"} : new String[] {"https"};
    }

    /** A new document holding only the allowed parts of {@code html}. */
    public Document clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, CHECK_BASE);
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean;
    }
}
