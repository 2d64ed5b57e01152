package org.harmkb.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.harmkb.config.Helpline;
import org.harmkb.config.SiteConfig;
import org.harmkb.diagnostic.Suggestions;

/**
 * What each config placeholder stands for, as HTML: {@code [[helpline:id]]} one helpline inline (its name,
 * a {@code tel:} or {@code sms:} link, its hours), {@code [[helplines:nation]]} a list of the helplines whose
 * {@code nations} name that nation, {@code [[site:exit-label]]} the exit control's label and
 * {@code [[site:contact]]} the contact address as a {@code mailto:} link. Immutable and thread-safe.
 */
public final class ConfigPlaceholders {

    /** The names {@code [[site:…]]} accepts. */
    public static final List<String> SITE_VALUES = List.of("exit-label", "contact");

    /**
     * A placeholder as written, {@code [[kind:argument]]}: group 1 the kind, group 2 the argument. Matches in the raw
     * markdown, code included.
     */
    public static final Pattern WRITTEN = Pattern.compile("\\[\\[(helplines?|site):([^\\]|\\s]+)\\]\\]");

    /** Every placeholder written in {@code markdown}, as written, in order (see {@link #WRITTEN}). */
    public static List<String> writtenIn(String markdown) {
        if (!markdown.contains("[[")) {
            return List.of();
        }
        List<String> written = new ArrayList<>();
        Matcher placeholder = WRITTEN.matcher(markdown);
        while (placeholder.find()) {
            written.add(placeholder.group());
        }
        return List.copyOf(written);
    }

    /** A placeholder's HTML, or why it has none ({@code error} and {@code hint} set, {@code html} null). */
    public record Value(String html, String error, String hint) {

        static Value of(String html) {
            return new Value(html, null, null);
        }

        static Value problem(String error, String hint) {
            return new Value(null, error, hint);
        }

        public boolean ok() {
            return error == null;
        }
    }

    private final SiteConfig config;

    public ConfigPlaceholders(SiteConfig config) {
        this.config = config;
    }

    /** The value of {@code [[kind:argument]]}; {@code kind} is {@code helpline}, {@code helplines} or {@code site}. */
    public Value resolve(String kind, String argument) {
        return switch (kind) {
            case "helpline" -> helpline(argument);
            case "helplines" -> helplines(argument);
            default -> site(argument);
        };
    }

    private Value helpline(String id) {
        List<String> ids = config.helplines().stream().map(Helpline::id).toList();
        return config.helplines().stream().filter(h -> h.id().equals(id)).findFirst()
                .map(h -> Value.of(inline(h)))
                .orElseGet(() -> Value.problem("unknown helpline '" + id + "'", Suggestions.didYouMean(id, ids,
                        ids.isEmpty() ? "add it to helplines: in site-config.yaml, with id: " + id
                                : "helplines in site-config.yaml: " + String.join(", ", ids))));
    }

    private Value helplines(String nation) {
        if (!Helpline.NATIONS.contains(nation)) {
            return Value.problem("unknown nation '" + nation + "' in [[helplines:" + nation + "]]",
                    Suggestions.didYouMean(nation, Helpline.NATIONS, "use one of: " + String.join(", ", Helpline.NATIONS)));
        }
        List<Helpline> lines = config.helplines().stream().filter(h -> h.nations().contains(nation)).toList();
        if (lines.isEmpty()) {
            return Value.problem("no helpline in site-config.yaml names the nation '" + nation + "'",
                    "add '" + nation + "' to the nations: of the helplines for it, or place them one by one with [[helpline:id]]");
        }
        return Value.of(lines.stream().map(h -> "<li>" + inline(h) + "</li>\n")
                .collect(Collectors.joining("", "<ul class=\"helpline-list\">\n", "</ul>\n")));
    }

    private Value site(String name) {
        return switch (name) {
            case "exit-label" -> Value.of(escape(config.safety().exitLabel()));
            case "contact" -> config.contact() == null
                    ? Value.problem("site-config.yaml has no 'contact' address for [[site:contact]]",
                            "add contact: feedback@example.org to site-config.yaml")
                    : Value.of("<a href=\"mailto:" + escape(config.contact()) + "\">" + escape(config.contact()) + "</a>");
            default -> Value.problem("unknown site value '" + name + "'",
                    Suggestions.didYouMean(name, SITE_VALUES, "use [[site:exit-label]] or [[site:contact]]"));
        };
    }

    /** {@code <span class="helpline"><a href=url>Name</a>: call <a href=tel:…>number</a> (hours)</span>}. */
    private static String inline(Helpline h) {
        StringBuilder html = new StringBuilder("<span class=\"helpline\">");
        html.append(h.url() == null ? "<strong>" + escape(h.name()) + "</strong>"
                : "<a href=\"" + escape(h.url()) + "\">" + escape(h.name()) + "</a>");
        String separator = ": ";
        if (h.phone() != null) {
            html.append(separator).append("call <a href=\"").append(escape(h.phoneHref())).append("\">")
                    .append(escape(h.phone())).append("</a>");
            separator = ", or ";
        }
        if (h.text() != null) {
            html.append(separator).append("text ");
            if (h.textMessage() != null) {
                html.append(escape(h.textMessage())).append(" to ");
            }
            html.append("<a href=\"").append(escape(h.textHref())).append("\">").append(escape(h.text())).append("</a>");
        }
        if (!h.hours().isBlank()) {
            html.append(" (").append(escape(h.hours().strip())).append(')');
        }
        return html.append("</span>").toString();
    }

    private static String escape(String text) {
        return Escaping.escapeHtml(text, false);
    }
}
