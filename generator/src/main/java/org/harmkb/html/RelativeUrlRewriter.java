package org.harmkb.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Document;

/**
 * Rewrites relative {@code href}/{@code src} values written against the markdown file's folder
 * ({@code other.md}, {@code ../rights/complaints.md#top}, {@code diagram.png}) into site hrefs under the
 * base path. Links this pass cannot map are left as they are; the link-checking stage reports them.
 */
public final class RelativeUrlRewriter implements HtmlPass {

    @Override
    public void apply(Document body, PageContext context) {
        for (Element element : body.select("a[href], img[src]")) {
            String attribute = element.hasAttr("href") ? "href" : "src";
            resolve(element.attr(attribute), context).ifPresent(href -> element.attr(attribute, href));
        }
    }

    static Optional<String> resolve(String value, PageContext context) {
        if (value.isEmpty() || value.startsWith("#") || value.startsWith("/") || value.startsWith("//")) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.isAbsolute() || uri.getRawPath() == null) {
            return Optional.empty();
        }
        String contentPath = context.page().source().contentPath();
        String folder = contentPath.contains("/") ? contentPath.substring(0, contentPath.lastIndexOf('/') + 1) : "";
        String target = URI.create("file:///" + folder).resolve(uri.getRawPath()).getPath().substring(1);
        String decoded = URI.create("file:///" + target).getPath().substring(1);
        return context.content().sitePathOf(decoded).map(sitePath -> {
            String fragment = uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment();
            return context.config().href(sitePath) + fragment;
        });
    }
}
