package org.harmkb.output;

import java.nio.charset.StandardCharsets;
import org.harmkb.config.SafetySettings;

/**
 * The {@code _headers} file that Netlify and Cloudflare Pages read: the full Content-Security-Policy (with
 * {@code frame-ancestors}, which a {@code <meta>} tag cannot carry), no referrer, and no content sniffing;
 * and a year's caching for the content-hashed theme assets.
 */
public final class HostHeaders {

    /** Site path of the file. */
    public static final String PATH = "/_headers";

    private HostHeaders() {
    }

    public static byte[] netlifyFormat() {
        String text = "/*\n"
                + "  Content-Security-Policy: " + SafetySettings.CONTENT_SECURITY_POLICY_HEADER + "\n"
                + "  Referrer-Policy: no-referrer\n"
                + "  X-Content-Type-Options: nosniff\n"
                + "  X-Frame-Options: DENY\n"
                // Asset names carry a hash of their contents (ThemeAssets), so a cached copy is never stale.
                + "\n"
                + "/assets/*\n"
                + "  Cache-Control: public, max-age=31536000, immutable\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
