package org.harmkb.content;

import java.util.Locale;
import java.util.Optional;

/**
 * Files a browser runs when it opens them: HTML, SVG, XML (which may use the XHTML or SVG namespace) and
 * scripts. In the content folder they would be published as they are, past the sanitiser and the page
 * template, and on hosts that ignore {@code _headers} (GitHub Pages) without the Content-Security-Policy
 * header, so any script in them would run on the site's origin. They are refused unless the config names
 * them under {@code static.allow_active}.
 */
final class ActiveFiles {

    /** Why one kind of file is refused, and what to do instead. */
    record Kind(String what, String danger, String instead) {
    }

    private static final Kind HTML = new Kind("an HTML file", "it skips the sanitiser and the site's template, and any script in it runs",
            "write it as a markdown page instead");
    private static final Kind SVG = new Kind("an SVG image", "SVG can carry scripts, which run when the image is opened",
            "save the picture as PNG instead");
    private static final Kind XML = new Kind("an XML file", "browsers run scripts in XML that uses the XHTML or SVG namespace",
            "publish the data in another format, such as plain text or CSV");
    private static final Kind SCRIPT = new Kind("a script", "it would run on the site's origin if any page or file loaded it",
            "put scripts in the theme's assets folder, where they are reviewed with the theme");

    private ActiveFiles() {
    }

    /** The kind of active file {@code name} is, by its extension; empty for a passive file such as a PNG or PDF. */
    static Optional<Kind> kindOf(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Optional.ofNullable(switch (extension) {
            case "html", "htm", "xhtml", "xht", "shtml" -> HTML;
            case "svg", "svgz" -> SVG;
            case "xml", "xsl", "xslt" -> XML;
            case "js", "mjs", "cjs" -> SCRIPT;
            default -> null;
        });
    }
}
