package org.harmkb.config;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which raw HTML authors may use inside markdown beyond the built-in safe set, from the {@code html:}
 * section of the config. Scripting can never be allowed: the loader rejects {@link #FORBIDDEN_TAGS} and
 * any {@code on*} attribute.
 *
 * @param extraTags       element names added to the safe set
 * @param extraAttributes attribute names added per element name ({@code ":all"} for every element)
 */
public record HtmlPolicy(List<String> extraTags, Map<String, List<String>> extraAttributes) {

    public static final Set<String> FORBIDDEN_TAGS = Set.of(
            "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "link",
            "meta", "form", "input", "button", "textarea", "select", "svg", "math", "template", "noscript");

    public static final HtmlPolicy DEFAULT = new HtmlPolicy(List.of(), Map.of());

    public HtmlPolicy {
        extraTags = List.copyOf(extraTags);
        extraAttributes = Map.copyOf(extraAttributes);
    }
}
