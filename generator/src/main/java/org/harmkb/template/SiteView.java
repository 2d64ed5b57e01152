package org.harmkb.template;

import java.util.List;

/**
 * Site-wide values every template can read as {@code site}.
 *
 * @param helplines the support box's entries, in config order
 * @param safety    the emergency exit settings
 */
public record SiteView(String title, String description, String language, String basePath, String homeHref,
        List<HelplineView> helplines, SafetyView safety) {

    public SiteView {
        helplines = List.copyOf(helplines);
    }
}
