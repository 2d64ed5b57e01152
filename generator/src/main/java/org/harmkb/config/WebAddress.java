package org.harmkb.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks that a configured address is one a reader's browser may safely follow from every page. */
public final class WebAddress {

    private WebAddress() {
    }

    /** Whether {@code url} is an absolute {@code http} or {@code https} address with a host. */
    public static boolean isAbsoluteHttp(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
