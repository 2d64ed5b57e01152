package org.harmkb.content;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** File and folder names to URL slugs: lower-case ASCII letters and digits joined by single hyphens. */
public final class Slugs {

    private Slugs() {
    }

    /** {@code "My Rights & You.md"} → {@code my-rights-you}; an extension must be removed first. */
    public static String slugify(String name) {
        String ascii = withoutAccents(name);
        StringBuilder slug = new StringBuilder(ascii.length());
        boolean gap = false;
        for (int i = 0; i < ascii.length(); i++) {
            char c = Character.toLowerCase(ascii.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return slug.toString();
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
