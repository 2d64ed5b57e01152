package org.harmkb.html;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.harmkb.link.LinkTargets;
import org.harmkb.link.Resolution;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Rewrites the addresses authors wrote into hrefs that work under the site's base path: links to markdown
 * files relative to the page ({@code ../rights/complaints.md#how}), files beside it ({@code diagram.png}),
 * and site paths ({@code /topics/}, which wikilinks render to). Fragments and other sites are left alone,
 * as are addresses the link stage has already reported as broken.
 */
public final class LinkRewriter implements HtmlPass {

    /** Parsed once: the selector is the same for every page. */
    private static final Evaluator LINKS_AND_IMAGES = QueryParser.parse("a[href], img[src]");

    private final LinkTargets targets;
    private final Function<String, Map<String, String>> movedAnchors;

    /**
     * @param movedAnchors for a page's URL, the anchors of its headings that had to give way to the theme's ids
     *                     ({@link org.harmkb.link.SiteGraph#movedAnchors}): a link written to the old id is
     *                     pointed at the new one
     */
    public LinkRewriter(LinkTargets targets, Function<String, Map<String, String>> movedAnchors) {
        this.targets = targets;
        this.movedAnchors = movedAnchors;
    }

    @Override
    public void apply(Document body, PageContext context) {
        for (Element element : body.select(LINKS_AND_IMAGES)) {
            String attribute = element.normalName().equals("a") ? "href" : "src";
            rewrite(element.attr(attribute), context).ifPresent(value -> element.attr(attribute, value));
        }
    }

    private Optional<String> rewrite(String value, PageContext context) {
        Resolution resolution = targets.resolveHref(context.page().source(), value);
        int hash = value.indexOf('#');
        String fragment = hash < 0 ? "" : value.substring(hash);
        if (resolution instanceof Resolution.ToPage to) {
            return Optional.of(context.config().href(to.page().url()) + anchor(to.page().url(), to.fragment(), fragment));
        }
        if (resolution instanceof Resolution.SamePage same) {
            String moved = movedAnchors.apply(context.page().source().url()).get(same.fragment());
            return moved == null ? Optional.empty() : Optional.of("#" + moved);
        }
        if (resolution instanceof Resolution.ToFile file) {
            return Optional.of(context.config().href(file.sitePath()) + fragment);
        }
        if (resolution instanceof Resolution.OtherSitePath) {
            // A generated page such as /topics/: keep any query, just add the base path.
            return Optional.of(context.config().href(value.strip()));
        }
        return Optional.empty();
    }

    /** The fragment as written ({@code #how}), or the id its heading has instead of one the theme uses. */
    private String anchor(String url, String id, String written) {
        String moved = movedAnchors.apply(url).get(id);
        return moved == null ? written : "#" + moved;
    }
}
