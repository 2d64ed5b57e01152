package org.harmkb.lint;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Every image needs alt text that describes it. An image that carries no information (a divider, a
 * pattern) is marked decorative with the title {@code "decorative"}: {@code ![](swirl.png "decorative")}; the
 * site then gives it an empty alt and drops the title. An empty alt without that marker is reported, because
 * it is usually forgotten rather than meant.
 */
public final class ImageAltLint implements Lint {

    /** The title that marks an image as decorative. */
    public static final String DECORATIVE = "decorative";

    private static final Set<String> MEANINGLESS = Set.of("image", "img", "picture", "photo", "photograph", "graphic",
            "icon", "diagram", "screenshot");

    @Override
    public String name() {
        return "image-alt";
    }

    @Override
    public void check(LintedPage page, Findings findings) {
        for (Node node : page.nodes()) {
            if (node instanceof Image image) {
                check(image.getText().toString(), image.getTitle().toString(), node.getStartOffset(), findings);
            } else if (node instanceof ImageRef image) {
                check(image.getText().toString(), "", node.getStartOffset(), findings);
            } else if (node instanceof HtmlInline || node instanceof HtmlBlock) {
                checkRawHtml(node, findings);
            }
        }
    }

    private static void check(String alt, String title, int offset, Findings findings) {
        String text = alt.strip();
        if (text.isEmpty()) {
            if (!title.strip().equalsIgnoreCase(DECORATIVE)) {
                findings.warning(offset, "image has no alt text",
                        "describe what it shows for people who cannot see it, e.g. ![A calm beach at dusk](beach.jpg); "
                                + "if it only decorates, mark it: ![](file.png \"decorative\")");
            }
            return;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (MEANINGLESS.contains(lower) || lower.matches(".*\\.(png|jpe?g|gif|svg|webp|avif)")) {
            findings.warning(offset, "alt text '" + text + "' does not describe the image",
                    "say what the image shows or why it is there, in a few words");
        }
    }

    private static void checkRawHtml(Node node, Findings findings) {
        String html = node.getChars().toString();
        if (!html.toLowerCase(Locale.ROOT).contains("<img")) {
            return;
        }
        for (Element img : Jsoup.parseBodyFragment(html).select("img")) {
            if (!img.hasAttr("alt") || img.attr("alt").isBlank()) {
                findings.warning(node.getStartOffset(), "<img> has no alt text",
                        "add alt=\"what the image shows\", or write the image in markdown as ![](file.png \"decorative\") if it only decorates");
            }
        }
    }
}
