package org.harmkb.template;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in words for readers ("26 November 2026"), in the site's language, independent of the machine's locale. */
final class DateText {

    private final DateTimeFormatter format;

    DateText(String languageTag) {
        this.format = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag(languageTag));
    }

    String format(LocalDate date) {
        return date == null ? null : format.format(date);
    }
}
