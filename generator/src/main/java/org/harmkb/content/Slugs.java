package org.harmkb.content;

import java.text.Normalizer;
import java.util.Locale;

/** File and folder names to URL slugs: lower-case ASCII letters and digits joined by single hyphens. */
public final class Slugs {

    private Slugs() {
    }

    /** {@code "My Rights & You.md"} → {@code my-rights-you}; an extension must be removed first. */
    public static String slugify(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug;
    }
}
