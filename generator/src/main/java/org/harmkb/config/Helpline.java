package org.harmkb.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A support line from the {@code helplines:} list, shown in the support box on every page.
 *
 * @param phone        number to call, or null
 * @param text         how to text, or null
 * @param hours        opening hours in words
 * @param url          the service's own page, or null
 * @param lastVerified when someone last checked these details
 * @param line         line of the entry's {@code name} in the config file
 * @param verifiedLine line and {@code verifiedColumn} column of the {@code last_verified} value, for the
 *                     staleness warning
 */
public record Helpline(String name, String phone, String text, String hours, String url, LocalDate lastVerified,
        int line, int verifiedLine, int verifiedColumn) {

    static final Set<String> KEYS = Set.of("name", "phone", "text", "hours", "url", "last_verified");

    static List<Helpline> readAll(List<YamlFields> entries) {
        return entries.stream().map(f -> {
            f.rejectUnknownKeys(KEYS, "in a helpline");
            Optional<LocalDate> verified = f.date("last_verified");
            if (!f.has("last_verified")) {
                f.errorAt("name", "helpline has no 'last_verified' date", "add last_verified: YYYY-MM-DD after checking the details");
            }
            return new Helpline(f.requiredString("name", "add name: \"Samaritans\"").orElse(""),
                    f.string("phone").orElse(null), f.string("text").orElse(null), f.string("hours").orElse(""),
                    f.string("url").orElse(null), verified.orElse(LocalDate.EPOCH), f.line("name"),
                    f.valueLine("last_verified"), f.valueColumn("last_verified"));
        }).toList();
    }
}
