package org.harmkb.output;

import java.nio.charset.StandardCharsets;
import org.harmkb.config.SiteConfig;

/**
 * {@code robots.txt}: everything may be indexed, and the sitemap's address. Crawlers read it only at a
 * host's root, so under a sub-path base URL it is written for hosts that map the output folder to the root.
 */
public final class RobotsTxt {

    private RobotsTxt() {
    }

    public static byte[] text(SiteConfig config) {
        String text = "User-agent: *\n"
                + "Allow: /\n"
                + "\n"
                + "Sitemap: " + config.absoluteUrl("/sitemap.xml") + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
