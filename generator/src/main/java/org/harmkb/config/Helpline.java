package org.harmkb.config;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A support line from the {@code helplines:} list. Pages render it from here, so one edit of the config
 * updates every page that shows it: the support box (entries with {@code support_box} on) and articles that
 * place it by its {@code id}.
 *
 * @param id           the name articles use to place it, lower-case words joined by hyphens (from {@code id},
 *                     or the name made into a slug when there is none)
 * @param name         the service's name
 * @param nations      where it serves: some of {@link #NATIONS}; empty when the entry does not say
 * @param phone        number to call, digits, spaces and {@code +} only, or null
 * @param text         number to send a text message to, digits and spaces only, or null
 * @param textMessage  the word to send to {@code text}, e.g. {@code SHOUT}, or null
 * @param hours        opening hours and who it is for, in words
 * @param url          the service's own page, an http(s) address, or null
 * @param supportBox   whether the support box on every page lists it (on unless {@code support_box: false})
 * @param lastVerified when someone last checked these details against the service's own page
 * @param line         line of the entry's {@code name} in the config file
 * @param verifiedLine line and {@code verifiedColumn} column of the {@code last_verified} value, for the
 *                     staleness warning
 */
public record Helpline(String id, String name, List<String> nations, String phone, String text, String textMessage,
        String hours, String url, boolean supportBox, LocalDate lastVerified, int line, int verifiedLine,
        int verifiedColumn) {

    static final Set<String> KEYS = Set.of("id", "name", "nations", "phone", "text", "text_message", "hours", "url",
            "support_box", "last_verified");

    /** The places a helpline may serve; {@code uk} is all four nations. */
    public static final List<String> NATIONS = List.of("uk", "england", "scotland", "wales", "northern-ireland",
            "ireland");

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ]*");
    private static final Pattern TEXT_NUMBER = Pattern.compile("[0-9][0-9 ]*");
    private static final Pattern TEXT_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ]*");

    public Helpline {
        nations = List.copyOf(nations);
    }

    /** {@code tel:} link for {@link #phone()}, digits and {@code +} only, or null when there is no phone. */
    public String phoneHref() {
        return phone == null ? null : "tel:" + phone.replace(" ", "");
    }

    /** {@code sms:} link (RFC 5724) for {@link #text()}, with {@link #textMessage()} as its body, or null. */
    public String textHref() {
        if (text == null) {
            return null;
        }
        String href = "sms:" + text.replace(" ", "");
        return textMessage == null ? href
                : href + "?body=" + java.net.URLEncoder.encode(textMessage, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Whether the entry serves {@code nation}: named itself, or through {@code uk} for the four UK nations. */
    public boolean serves(String nation) {
        return nations.contains(nation) || nations.contains("uk") && !nation.equals("ireland");
    }

    static List<Helpline> readAll(List<YamlFields> entries) {
        List<Helpline> helplines = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (YamlFields f : entries) {
            Helpline helpline = read(f);
            if (!helpline.id().isEmpty() && !ids.add(helpline.id())) {
                f.errorAt(f.has("id") ? "id" : "name", "two helplines have the id '" + helpline.id() + "'",
                        "give each helpline its own id: articles place it with [[helpline:" + helpline.id() + "]]");
            }
            helplines.add(helpline);
        }
        return List.copyOf(helplines);
    }

    private static Helpline read(YamlFields f) {
        f.rejectUnknownKeys(KEYS, "in a helpline");
        Optional<LocalDate> verified = f.date("last_verified");
        if (!f.has("last_verified")) {
            f.errorAt("name", "helpline has no 'last_verified' date", "add last_verified: YYYY-MM-DD after checking the details");
        }
        String name = f.requiredString("name", "add name: \"Samaritans\"").orElse("");
        String id = f.string("id").map(String::trim).orElse(idFrom(name));
        if (f.has("id") && !ID.matcher(id).matches()) {
            f.errorAt("id", "helpline id '" + id + "' must be lower-case letters and digits joined by hyphens",
                    "write it as a short slug, e.g. id: samaritans-welsh");
        }
        List<String> nations = f.stringList("nations").stream().map(n -> n.trim().toLowerCase(Locale.ROOT)).toList();
        for (String nation : nations) {
            if (!NATIONS.contains(nation)) {
                f.errorAt("nations", "unknown nation '" + nation + "' in helpline '" + name + "'",
                        "use some of: " + String.join(", ", NATIONS));
            }
        }
        String phone = checked(f, "phone", PHONE, "a phone number may hold only digits, spaces and a leading +",
                "write the number as people dial it, e.g. phone: \"116 123\"");
        String text = checked(f, "text", TEXT_NUMBER, "a text number may hold only digits and spaces",
                "write the number to text, e.g. text: \"85258\", and the word to send as text_message");
        String textMessage = checked(f, "text_message", TEXT_WORD, "the word to text may hold only letters, digits and spaces",
                "write the word people send, e.g. text_message: \"SHOUT\"");
        if (textMessage != null && text == null) {
            f.errorAt("text_message", "'text_message' needs a 'text' number to send it to", "add text: \"85258\"");
        }
        String url = f.string("url").map(String::trim).orElse(null);
        if (url != null && !WebAddress.isAbsoluteHttp(url)) {
            f.errorAt("url", "a helpline's 'url' must be an absolute http or https address",
                    "link to the service's own page, e.g. url: \"https://www.samaritans.org/\"");
            url = null;
        }
        return new Helpline(id, name, nations, phone, text, textMessage, f.string("hours").orElse(""), url,
                f.bool("support_box").orElse(true), verified.orElse(LocalDate.EPOCH), f.line("name"),
                f.valueLine("last_verified"), f.valueColumn("last_verified"));
    }

    /** The value of {@code key} when it matches {@code allowed}; otherwise an error at the value, and null. */
    private static String checked(YamlFields f, String key, Pattern allowed, String message, String hint) {
        Optional<String> value = f.string(key).map(String::trim);
        if (value.isPresent() && !allowed.matcher(value.get()).matches()) {
            f.errorAt(key, message + ": '" + value.get() + "'", hint);
            return null;
        }
        return value.orElse(null);
    }

    private static String idFrom(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)", " ").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }
}
