package org.harmkb.lint;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.util.ast.Node;
import java.net.URI;
import java.util.Locale;

/**
 * Images must be files of this site: an image from another site would tell that site who reads what (and
 * the pages' Content-Security-Policy blocks it, so readers would see nothing).
 */
public final class RemoteImageLint implements Lint {

    @Override
    public String name() {
        return "remote-images";
    }

    @Override
    public void check(LintedPage page, Findings findings) {
        for (Node node : page.nodes()) {
            if (node instanceof Image image) {
                String url = image.getUrl().toString().strip();
                String lower = url.toLowerCase(Locale.ROOT);
                if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//")) {
                    findings.warning(node.getStartOffset(), "image is loaded from another site (" + host(url) + ")",
                            "readers' browsers would contact that site and the page's security policy blocks it: "
                                    + "save the image beside the article and link it by file name");
                }
            }
        }
    }

    private static String host(String url) {
        try {
            String host = URI.create(url.startsWith("//") ? "https:" + url : url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
