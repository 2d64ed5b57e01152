package org.harmkb.search;

/**
 * Non-negative integers as variable-length base-64 digits, 5 bits a character with the sixth bit saying
 * "more follows", low bits first. Values under 32 take one character; all characters are JSON-safe, so
 * a list of integers is one short JSON string with no separators. {@code search-engine.js} decodes it.
 */
final class Vlq {

    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private Vlq() {
    }

    static void append(StringBuilder out, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value " + value);
        }
        do {
            int digit = value & 31;
            value >>>= 5;
            if (value != 0) {
                digit |= 32;
            }
            out.append(DIGITS.charAt(digit));
        } while (value != 0);
    }
}
