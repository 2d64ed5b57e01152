package org.harmkb.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.harmkb.config.HtmlPolicy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.junit.jupiter.api.Test;

/**
 * The sanitiser cleans the parsed document in place; whatever the input, the result must be exactly what Jsoup's
 * copying {@link Cleaner} gives with the same allow-list: same markup, same text.
 */
class HtmlSanitizerInPlaceTest {

    private static final String[] TAGS = {"a", "abbr", "b", "base", "body", "br", "button", "code", "details", "div",
        "em", "embed", "form", "h1", "h2", "head", "html", "i", "iframe", "img", "input", "li", "link", "math", "meta",
        "noembed", "noframes", "noscript", "object", "ol", "p", "plaintext", "pre", "script", "section", "select",
        "span", "style", "sup", "svg", "table", "tbody", "td", "template", "textarea", "th", "title", "tr", "ul",
        "video", "xmp", "foo-bar", "mark", "figure", "summary"};
    private static final String[] ATTRIBUTES = {"href=\"javascript:alert(1)\"", "href=\"/a/b.html\"",
        "href=\"https://example.org/\"", "href=\"tel:123\"", "src=\"https://example.org/x.png\"", "src=\"http://x/y.png\"",
        "src=\"x.png\"", "id=\"top\"", "class=\"note\"", "onclick=\"alert(1)\"", "style=\"color:red\"", "lang=\"cy\"",
        "title=\"t\"", "align=\"left\"", "scope=\"col\"", "alt=\"\"", "poster=\"data:x\"", "ID=\"Upper\"", "data-x=\"1\""};
    private static final String[] TEXT = {"text", " ", "\n", "&amp;", "&lt;script&gt;", "<!-- comment -->",
        "<![CDATA[cdata]]>", "<?php x ?>", "<!DOCTYPE html>", "’quoted’", "a < b", "&nbsp;", "</p>", "</div>", "</td>"};

    @Test
    void keepsWhatJsoupsCleanerKeepsForHostileSnippets() {
        List<String> snippets = List.of("<p onclick=\"x()\">a<script>alert(1)</script>b</p>",
                "<body onload=\"x()\"><html lang=\"en\"><p>x</p>", "<base href=\"javascript:alert(1)//\"><a href=\"x\">y</a>",
                "<svg><![CDATA[<script>]]><script>alert(1)</script></svg>", "<style>p{}</style><xmp><b></xmp>",
                "<table><tr><td>1<td>2</table><plaintext><b>", "<math><mi>x</mi><style><img src=x onerror=y></style></math>",
                "<template><p>t</p></template><noscript><p>n</p></noscript>", "<!-- c --><p>x<!-- d -->y</p>", "");
        for (HtmlPolicy policy : policies()) {
            HtmlSanitizer sanitizer = new HtmlSanitizer(policy);
            for (String html : snippets) {
                assertSameAsCleaner(sanitizer, html);
            }
        }
    }

    @Test
    void keepsWhatJsoupsCleanerKeepsForRandomTagSoup() {
        Random random = new Random(21);
        List<HtmlSanitizer> sanitizers = policies().stream().map(HtmlSanitizer::new).toList();
        for (int run = 0; run < 1500; run++) {
            String html = soup(random);
            for (HtmlSanitizer sanitizer : sanitizers) {
                assertSameAsCleaner(sanitizer, html);
            }
        }
    }

    private static void assertSameAsCleaner(HtmlSanitizer sanitizer, String html) {
        Document copied = new Cleaner(sanitizer.safelist()).clean(Jsoup.parseBodyFragment(html, "https://sanitizer.invalid/"));
        copied.outputSettings().prettyPrint(false);
        Document inPlace = sanitizer.clean(html);
        assertThat(inPlace.outerHtml()).as(html).isEqualTo(copied.outerHtml());
        assertThat(inPlace.body().text()).as(html).isEqualTo(copied.body().text());
        assertThat(inPlace.location()).as(html).isEqualTo(copied.location());
    }

    private static String soup(Random random) {
        StringBuilder html = new StringBuilder();
        List<String> open = new ArrayList<>();
        int length = 1 + random.nextInt(25);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(4)) {
                case 0, 1 -> {
                    String tag = TAGS[random.nextInt(TAGS.length)];
                    html.append('<').append(tag);
                    for (int a = random.nextInt(4); a > 0; a--) {
                        html.append(' ').append(ATTRIBUTES[random.nextInt(ATTRIBUTES.length)]);
                    }
                    html.append(random.nextInt(8) == 0 ? "/>" : ">");
                    open.add(tag);
                }
                case 2 -> html.append(TEXT[random.nextInt(TEXT.length)]);
                default -> {
                    if (!open.isEmpty()) {
                        html.append("</").append(open.remove(random.nextInt(open.size()))).append('>');
                    }
                }
            }
        }
        return html.toString();
    }

    private static List<HtmlPolicy> policies() {
        List<String> tags = new ArrayList<>();
        for (String tag : TAGS) {
            if (!HtmlPolicy.FORBIDDEN_TAGS.contains(tag)) {
                tags.add(tag);
            }
        }
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        tags.forEach(tag -> attributes.put(tag, List.copyOf(HtmlPolicy.URL_ATTRIBUTES)));
        return List.of(HtmlPolicy.DEFAULT, new HtmlPolicy(tags, attributes));
    }
}
