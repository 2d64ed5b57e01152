package org.harmkb.config;

import java.util.Optional;
import java.util.Set;

/**
 * The {@code safety:} section of the config: the exit control shown at the top of every page.
 *
 * @param exitEnabled whether pages show the exit control (on unless {@code exit: false})
 * @param exitUrl     where the control sends the reader: an absolute http(s) address on another site, chosen to
 *                    look unremarkable in a history list
 * @param exitLabel   the control's one name, used by the control itself and by every page that mentions it
 * @param supportPage the content path of the page the "Get help now" link on every page opens, e.g.
 *                    {@code getting-support-now.md}, laid out with its helplines first; null when not set (the link
 *                    then goes to the support box at the foot of the page)
 * @param supportLine where {@code support_page} is written, for diagnostics about it; likewise {@code supportColumn}
 */
public record SafetySettings(boolean exitEnabled, String exitUrl, String exitLabel, String supportPage, int supportLine,
        int supportColumn) {

    static final Set<String> KEYS = Set.of("exit", "exit_url", "exit_label", "support_page");

    public static final String DEFAULT_EXIT_URL = "https://www.bbc.co.uk/weather";

    /** The name GOV.UK's design system gives the same control, which readers may already know. */
    public static final String DEFAULT_EXIT_LABEL = "Exit this page";

    /**
     * The Content-Security-Policy of every page, in its {@code <meta>} tag: only this site's own scripts,
     * styles and images, so nothing inline runs and no other site is contacted.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'";

    /** The policy as an HTTP header, where {@code frame-ancestors} works (browsers ignore it in a meta tag). */
    public static final String CONTENT_SECURITY_POLICY_HEADER = CONTENT_SECURITY_POLICY + "; frame-ancestors 'none'";

    public static final SafetySettings DEFAULT = new SafetySettings(true, DEFAULT_EXIT_URL, DEFAULT_EXIT_LABEL, null, 0,
            0);

    static SafetySettings read(Optional<YamlFields> section) {
        if (section.isEmpty()) {
            return DEFAULT;
        }
        YamlFields f = section.get();
        f.rejectUnknownKeys(KEYS, "in safety");
        boolean enabled = f.bool("exit").orElse(true);
        String url = f.string("exit_url").map(String::trim).orElse(DEFAULT_EXIT_URL);
        if (!WebAddress.isAbsoluteHttp(url)) {
            f.errorAt("exit_url", "'exit_url' must be an absolute http or https address",
                    "use an everyday site that looks harmless in a browser history, e.g. exit_url: \"" + DEFAULT_EXIT_URL + "\"");
            url = DEFAULT_EXIT_URL;
        }
        String label = f.string("exit_label").map(String::trim).orElse(DEFAULT_EXIT_LABEL);
        if (label.isEmpty() || label.length() > 40) {
            f.errorAt("exit_label", "'exit_label' must be a short name of 1 to 40 characters",
                    "use the name readers will see on the button, e.g. exit_label: \"" + DEFAULT_EXIT_LABEL + "\"");
            label = DEFAULT_EXIT_LABEL;
        }
        String support = f.string("support_page").map(String::trim).orElse(null);
        if (support != null && (support.isEmpty() || support.startsWith("/") || !support.endsWith(".md"))) {
            f.errorAt("support_page", "'support_page' must be the path of a page under the content folder, ending in .md",
                    "for example support_page: \"getting-support-now.md\"");
            support = null;
        }
        boolean set = support != null;
        return new SafetySettings(enabled, url, label, support, set ? f.valueLine("support_page") : 0,
                set ? f.valueColumn("support_page") : 0);
    }
}
