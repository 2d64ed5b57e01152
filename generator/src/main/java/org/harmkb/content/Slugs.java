package org.harmkb.content;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * File and folder names to URL slugs: lower-case letters and digits joined by single hyphens. Latin letters
 * are folded to ASCII ({@code Ünïcødé} → {@code unicode}); letters and digits of other scripts are kept, so
 * {@code 中文.md} gets a real address. {@link #slugify} returns them percent-encoded (upper-case hex, as
 * Hugo writes them), so every URL the generator builds from a slug is plain ASCII; {@link #words} returns
 * the readable form, for file names.
 */
public final class Slugs {

    /** Latin letters that are not a base letter plus accents, so decomposing them leaves them unchanged. */
    private static final Map<Integer, String> LATIN_FOLDS = Map.ofEntries(
            Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "o"), Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "ae"),
            Map.entry((int) 'œ', "oe"), Map.entry((int) 'Œ', "oe"), Map.entry((int) 'ß', "ss"), Map.entry((int) 'ẞ', "ss"),
            Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "d"), Map.entry((int) 'ð', "d"), Map.entry((int) 'Ð', "d"),
            Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "l"), Map.entry((int) 'þ', "th"), Map.entry((int) 'Þ', "th"),
            Map.entry((int) 'ı', "i"), Map.entry((int) 'ħ', "h"), Map.entry((int) 'Ħ', "h"));

    private Slugs() {
    }

    /** {@code "My Rights & You"} → {@code my-rights-you}, {@code "中文"} → {@code %E4%B8%AD%E6%96%87}; an extension must be removed first. */
    public static String slugify(String name) {
        return percentEncode(words(name));
    }

    /** The slug before percent-encoding: {@code "中文 notes"} → {@code 中文-notes}. Empty when the name has no letter or digit. */
    public static String words(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder slug = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            String kept = kept(c, slug.length() > 0 && !gap);
            if (kept.isEmpty()) {
                gap = true;
                continue;
            }
            if (gap && slug.length() > 0) {
                slug.append('-');
            }
            slug.append(kept);
            gap = false;
        }
        return slug.toString();
    }

    /** What one character contributes to a slug: letters and digits, lower-cased; Latin ones folded to ASCII. */
    private static String kept(int c, boolean afterLetter) {
        if (c < 0x80) {
            char lower = Character.toLowerCase((char) c);
            return lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9' ? String.valueOf(lower) : "";
        }
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
            String fold = LATIN_FOLDS.get(c);
            if (fold != null) {
                return fold;
            }
            String base = MARKS.matcher(Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD)).replaceAll("");
            StringBuilder ascii = new StringBuilder();
            base.chars().forEach(b -> ascii.append(kept(b, false)));
            return ascii.toString();
        }
        int type = Character.getType(c);
        // Vowel signs and other marks belong to the letter before them in scripts such as Devanagari.
        boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
        if (Character.isLetterOrDigit(c) || mark && afterLetter) {
            return new String(Character.toChars(Character.toLowerCase(c)));
        }
        return "";
    }

    private static String percentEncode(String slug) {
        if (isAscii(slug)) {
            return slug;
        }
        StringBuilder out = new StringBuilder(slug.length() * 3);
        for (byte b : slug.getBytes(StandardCharsets.UTF_8)) {
            if (b >= 0) {
                out.append((char) b);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** Combining marks, left over after decomposing {@code é} into {@code e} and an accent. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** {@code "Émotions"} → {@code "Emotions"}. Text is nearly always ASCII already: that is returned as it is. */
    public static String withoutAccents(String text) {
        return isAscii(text) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
