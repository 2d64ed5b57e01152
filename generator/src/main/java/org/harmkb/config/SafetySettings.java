package org.harmkb.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code safety:} section of the config: the "Emergency exit" control shown at the top of every page.
 *
 * @param exitEnabled whether pages show the exit control (on unless {@code exit: false})
 * @param exitUrl     where the control sends the reader: an absolute http(s) address on another site, chosen to
 *                    look unremarkable in a history list
 */
public record SafetySettings(boolean exitEnabled, String exitUrl) {

    static final Set<String> KEYS = Set.of("exit", "exit_url");

    public static final String DEFAULT_EXIT_URL = "https://www.bbc.co.uk/weather";

    /**
     * The Content-Security-Policy of every page, in its {@code <meta>} tag: only this site's own scripts,
     * styles and images, so nothing inline runs and no other site is contacted.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'";

    /** The policy as an HTTP header, where {@code frame-ancestors} works (browsers ignore it in a meta tag). */
    public static final String CONTENT_SECURITY_POLICY_HEADER = CONTENT_SECURITY_POLICY + "; frame-ancestors 'none'";

    public static final SafetySettings DEFAULT = new SafetySettings(true, DEFAULT_EXIT_URL);

    static SafetySettings read(Optional<YamlFields> section) {
        if (section.isEmpty()) {
            return DEFAULT;
        }
        YamlFields f = section.get();
        f.rejectUnknownKeys(KEYS, "in safety");
        boolean enabled = f.bool("exit").orElse(true);
        String url = f.string("exit_url").map(String::trim).orElse(DEFAULT_EXIT_URL);
        if (!isAbsoluteWebAddress(url)) {
            f.errorAt("exit_url", "'exit_url' must be an absolute http or https address",
                    "use an everyday site that looks harmless in a browser history, e.g. exit_url: \"" + DEFAULT_EXIT_URL + "\"");
            url = DEFAULT_EXIT_URL;
        }
        return new SafetySettings(enabled, url);
    }

    private static boolean isAbsoluteWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
