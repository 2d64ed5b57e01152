package org.harmkb.template;

import java.util.List;
import java.util.Map;

/**
 * Site-wide values every template can read as {@code site}.
 *
 * @param helplines the configured helplines, in config order (the support box lists those with {@code supportBox})
 * @param safety    the emergency exit settings
 * @param help      the page the "Get help now" link opens ({@code safety.support_page}), or null when none is set
 * @param topPages  the pages directly in the content folder (not the home page) by content path, e.g.
 *                  {@code about.md}; read them with {@link #page(String)}
 */
public record SiteView(String title, String description, String language, String basePath, String homeHref,
        List<HelplineView> helplines, SafetyView safety, PageLink help, Map<String, PageLink> topPages) {

    public SiteView {
        helplines = List.copyOf(helplines);
        topPages = Map.copyOf(topPages);
    }

    /** The page at {@code contentPath} directly in the content folder, e.g. {@code site.page('about.md')}, or null. */
    public PageLink page(String contentPath) {
        return topPages.get(contentPath);
    }

    /** The first support-box helpline with a phone number: the one line a printed page shows. Null when none. */
    public HelplineView mainHelpline() {
        return helplines.stream().filter(h -> h.supportBox() && h.phone() != null).findFirst().orElse(null);
    }

    /** Where "Get help now" links: the support page, else the support box at the foot of the page. */
    public String helpHref() {
        return help == null ? "#support" : help.href();
    }
}
