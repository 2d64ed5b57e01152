package org.harmkb.lint;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Link text must say where the link goes: screen-reader users often list a page's links out of context, and
 * "click here" or a bare web address (read out letter by letter) tells them nothing.
 */
public final class VagueLinkTextLint implements Lint {

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}\u2018\u2019\u201c\u201d\u2026]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Override
    public String name() {
        return "vague-link-text";
    }

    @Override
    public void check(LintedPage page, Findings findings) {
        for (Node node : page.nodes()) {
            if (node instanceof AutoLink) {
                reportBareAddress(node, findings);
            } else if (node instanceof Link || node instanceof LinkRef) {
                String text = plainText(node);
                String normalised = SPACES.matcher(PUNCTUATION.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" "))
                        .replaceAll(" ").strip();
                if (looksLikeAddress(text.strip())) {
                    reportBareAddress(node, findings);
                } else if (page.settings().vagueLinkText().contains(normalised)) {
                    findings.warning(node.getStartOffset(), "link text '" + text.strip() + "' does not say where the link goes",
                            "use words that make sense on their own, such as the title of the page it opens");
                }
            }
        }
    }

    private static void reportBareAddress(Node node, Findings findings) {
        findings.warning(node.getStartOffset(), "link text is a bare web address",
                "screen readers read addresses out character by character: link a few words that name the page, "
                        + "e.g. [Samaritans' website](https://www.samaritans.org/)");
    }

    private static boolean looksLikeAddress(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.");
    }

    private static String plainText(Node link) {
        if (link instanceof Link l) {
            return l.getText().toString();
        }
        return ((LinkRef) link).getText().toString();
    }
}
