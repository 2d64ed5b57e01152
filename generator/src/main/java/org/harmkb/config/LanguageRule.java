package org.harmkb.config;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One entry of the anti-oppressive language lint: a stigmatising or blaming phrase and what to write
 * instead. In {@code phrase}, {@code *} stands for any letters at the end of a word ({@code suffer*} matches
 * "suffers" and "suffering"), a hyphen also matches a space or nothing ("non-compliant", "non compliant",
 * "noncompliant"), and matching ignores case and needs whole words.
 *
 * @param suggestion what to write instead, shown as the diagnostic's hint
 * @param line       where the entry is written in site-config.yaml, or 0 for a built-in default
 * @param pattern    the phrase as a case-insensitive, whole-word regular expression
 * @param literal    the phrase's first letters in lower case, which any match contains: a cheap pre-check
 */
public record LanguageRule(String phrase, String suggestion, int line, Pattern pattern, String literal) {

    public LanguageRule(String phrase, String suggestion, int line) {
        this(phrase, suggestion, line, compile(phrase), phrase.strip().toLowerCase(Locale.ROOT).split("[\\s*\\-]", 2)[0]);
    }

    private static Pattern compile(String phrase) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        String[] words = phrase.trim().toLowerCase(Locale.ROOT).split("\\s+");
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                regex.append("\\s+");
            }
            for (String part : words[w].split("(?<=[-*])|(?=[-*])")) {
                switch (part) {
                    case "-" -> regex.append("[\\s\\-\u2010\u2011]?");
                    case "*" -> regex.append("\\p{L}*");
                    default -> regex.append(Pattern.quote(part));
                }
            }
        }
        regex.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
