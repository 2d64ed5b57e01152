package org.harmkb.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which raw HTML authors may use inside markdown beyond the built-in safe set, from the {@code html:}
 * section of the config. Scripting can never be allowed: the loader rejects {@link #FORBIDDEN_TAGS},
 * {@link #FORBIDDEN_ATTRIBUTES}, any {@code on*} attribute and names that are not HTML names, and the
 * sanitiser lets an allowed {@link #URL_ATTRIBUTES URL attribute} keep only web, mail and phone addresses.
 *
 * @param extraTags       element names added to the safe set, lower case
 * @param extraAttributes attribute names (lower case) added per element name ({@code ":all"} for every element)
 */
public record HtmlPolicy(List<String> extraTags, Map<String, List<String>> extraAttributes) {

    /**
     * Elements that run code, load other documents or plug-ins, change the page around the article
     * ({@code base}, {@code meta}, {@code title}, {@code style}), send data ({@code form}), or whose contents the
     * browser reads as raw text ({@code plaintext}, {@code xmp}, {@code textarea}, {@code noembed}, …), which lets
     * markup the sanitiser saw as text come alive in the browser.
     */
    public static final Set<String> FORBIDDEN_TAGS = Set.of(
            "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "param", "portal",
            "fencedframe", "base", "link", "meta", "title", "html", "head", "body", "form", "input", "button",
            "textarea", "select", "option", "isindex", "keygen", "svg", "math", "template", "slot", "noscript",
            "noembed", "noframes", "plaintext", "xmp");

    /**
     * Attributes that run code or bypass the page's policies whatever their value: inline styles, inline
     * documents, form targets, pings to other sites, and namespace or header tricks. {@code on*} handlers are
     * refused by prefix.
     */
    public static final Set<String> FORBIDDEN_ATTRIBUTES = Set.of(
            "style", "srcdoc", "formaction", "action", "ping", "http-equiv", "xmlns", "is");

    /** Attributes holding an address; an allowed one keeps only http(s) (and, for {@code href}, mailto and tel) values. */
    public static final Set<String> URL_ATTRIBUTES = Set.of(
            "href", "src", "srcset", "cite", "poster", "background", "longdesc", "usemap", "data", "codebase", "classid",
            "archive", "lowsrc", "dynsrc", "manifest", "profile", "icon", "itemtype", "xlink:href");

    public static final HtmlPolicy DEFAULT = new HtmlPolicy(List.of(), Map.of());

    static final Set<String> KEYS = Set.of("allow_tags", "allow_attributes");

    /** HTML element names: a letter, then letters, digits and hyphens (custom elements have one). */
    private static final Pattern TAG_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** Attribute names as authors write them, {@code xlink:href} and {@code data-x} included. */
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[a-z_][a-z0-9_.-]*(:[a-z][a-z0-9_.-]*)?");

    public HtmlPolicy {
        extraTags = List.copyOf(extraTags);
        extraAttributes = Map.copyOf(extraAttributes);
    }

    /** Reads the {@code html:} section, reporting each refused name at its own item. */
    static HtmlPolicy read(YamlFields html) {
        html.rejectUnknownKeys(KEYS, "in html");
        List<String> tags = html.stringList("allow_tags").stream().map(HtmlPolicy::lowerCase).toList();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (!TAG_NAME.matcher(tag).matches()) {
                html.errorAtItem("allow_tags", i, "'" + tag + "' is not an HTML element name",
                        "write one element name per item, in letters and digits, e.g. allow_tags: [details, summary]");
            } else if (FORBIDDEN_TAGS.contains(tag)) {
                html.errorAtItem("allow_tags", i,
                        "<" + tag + "> can never be allowed: it can run code, change the page or hide markup from the sanitiser",
                        "remove '" + tag + "' from html.allow_tags");
            }
        }
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        html.mapping("allow_attributes").ifPresent(map -> {
            for (String written : map.keys()) {
                String tag = lowerCase(written);
                if (!tag.equals(":all") && !TAG_NAME.matcher(tag).matches()) {
                    map.errorAtKey(written, "'" + written + "' is not an HTML element name or :all",
                            "name one element per key, e.g. allow_attributes: {abbr: [title]}, or ':all' for every element");
                } else if (FORBIDDEN_TAGS.contains(tag)) {
                    map.errorAtKey(written, "<" + tag + "> can never be allowed, nor any of its attributes",
                            "remove '" + written + "' from html.allow_attributes");
                }
                List<String> names = map.stringList(written).stream().map(HtmlPolicy::lowerCase).toList();
                for (int i = 0; i < names.size(); i++) {
                    checkAttribute(map, written, i, names.get(i));
                }
                attributes.put(tag, names);
            }
        });
        return new HtmlPolicy(tags, attributes);
    }

    private static void checkAttribute(YamlFields map, String tag, int index, String name) {
        if (!ATTRIBUTE_NAME.matcher(name).matches()) {
            map.errorAtItem(tag, index, "'" + name + "' is not an HTML attribute name",
                    "write one attribute name per item, e.g. " + tag + ": [title]");
        } else if (name.startsWith("on") || FORBIDDEN_ATTRIBUTES.contains(name)) {
            map.errorAtItem(tag, index,
                    "attribute '" + name + "' can never be allowed: it can run code, contact other sites or bypass the page's policies",
                    "remove '" + name + "' from html.allow_attributes." + tag);
        }
    }

    private static String lowerCase(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
