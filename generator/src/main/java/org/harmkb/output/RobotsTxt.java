package org.harmkb.output;

import java.nio.charset.StandardCharsets;
import org.harmkb.config.SiteConfig;

/**
 * {@code robots.txt}: everything may be indexed, and the sitemap's address. Crawlers read it only at a
 * host's root, so under a sub-path base URL it is written for hosts that map the output folder to the root.
 */
public final class RobotsTxt {

    /** Site path of the file. */
    public static final String PATH = "/robots.txt";

    private RobotsTxt() {
    }

    public static byte[] text(SiteConfig config) {
        String text = "User-agent: *\n"
                + "Allow: /\n"
                + "\n"
                + "Sitemap: " + config.absoluteUrl(Sitemap.PATH) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
