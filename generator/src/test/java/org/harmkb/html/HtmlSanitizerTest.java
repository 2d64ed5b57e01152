package org.harmkb.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harmkb.config.HtmlPolicy;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The sanitiser's protocol handling, tried for every address-holding attribute on every element, with the
 * built-in safe set and with the widest allow-list the config accepts.
 */
class HtmlSanitizerTest {

    /** Every element of the HTML standard, and a few obsolete ones browsers still know. */
    private static final List<String> ELEMENTS = List.of(
            "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote", "body",
            "br", "button", "canvas", "caption", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del",
            "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img",
            "input", "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "menu", "meta", "meter",
            "nav", "noscript", "object", "ol", "optgroup", "option", "output", "p", "param", "picture", "pre",
            "progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "search", "section", "select", "slot", "small",
            "source", "span", "strong", "style", "sub", "summary", "sup", "table", "tbody", "td", "template",
            "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "u", "ul", "var", "video", "wbr",
            "acronym", "applet", "basefont", "big", "center", "dir", "font", "frame", "frameset", "image", "isindex",
            "keygen", "listing", "marquee", "menuitem", "nobr", "noembed", "noframes", "plaintext", "rb", "rtc",
            "strike", "tt", "xmp", "svg", "math", "portal", "fencedframe");

    private static final List<String> HOSTILE = List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)", "&#106;avascript:alert(1)", "data:text/html,<script>alert(1)</script>");

    @Test
    void noAttributeOfTheBuiltInSetKeepsAScriptOrDataAddress() {
        assertNoScriptAddressSurvives(new HtmlSanitizer(HtmlPolicy.DEFAULT));
    }

    @Test
    void theWidestAllowListTheConfigAcceptsKeepsNoScriptOrDataAddress() {
        HtmlSanitizer sanitizer = new HtmlSanitizer(widestPolicy());
        assertNoScriptAddressSurvives(sanitizer);
        // The allow-list does work: safe addresses on the same attributes are kept.
        Document area = sanitizer.clean("<map name=\"m\"><area href=\"https://example.org/\" alt=\"x\"></map>");
        assertThat(area.select("area").attr("href")).isEqualTo("https://example.org/");
        Document video = sanitizer.clean("<video src=\"clip.mp4\" poster=\"still.png\"></video>");
        assertThat(video.select("video").attr("src")).isEqualTo("clip.mp4");
        assertThat(video.select("video").attr("poster")).isEqualTo("still.png");
    }

    @Test
    void anAllowedAreaCannotLinkToJavascript() {
        HtmlSanitizer sanitizer = new HtmlSanitizer(new HtmlPolicy(List.of("map", "area"), Map.of("area", List.of("href"))));
        Document clean = sanitizer.clean("<map name=\"m\"><area href=\"javascript:alert(1)\" alt=\"x\"></map>");
        assertThat(clean.select("area")).hasSize(1);
        assertThat(clean.select("area").hasAttr("href")).isFalse();
    }

    private static HtmlPolicy widestPolicy() {
        List<String> tags = ELEMENTS.stream().filter(tag -> !HtmlPolicy.FORBIDDEN_TAGS.contains(tag)).toList();
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        List<String> urls = List.copyOf(HtmlPolicy.URL_ATTRIBUTES);
        tags.forEach(tag -> attributes.put(tag, urls));
        attributes.put(":all", urls);
        return new HtmlPolicy(tags, attributes);
    }

    /** One element per tag and hostile value, carrying every URL attribute at once: the cleaner judges each on its own. */
    private static void assertNoScriptAddressSurvives(HtmlSanitizer sanitizer) {
        List<String> survivors = new ArrayList<>();
        for (String tag : ELEMENTS) {
            for (String value : HOSTILE) {
                StringBuilder attributes = new StringBuilder();
                HtmlPolicy.URL_ATTRIBUTES.forEach(attribute -> attributes.append(' ').append(attribute).append("=\"")
                        .append(value).append('"'));
                String html = "<p><" + tag + attributes + ">text</" + tag + "></p>";
                Document clean = sanitizer.clean(html);
                for (Element element : clean.body().getAllElements()) {
                    element.attributes().forEach(a -> {
                        String kept = a.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                        if (kept.startsWith("javascript:") || kept.startsWith("data:")) {
                            survivors.add("<" + tag + " " + a.getKey() + "=\"" + value + "\"> → " + clean.body().html());
                        }
                    });
                }
            }
        }
        assertThat(survivors).isEmpty();
    }
}
