package org.harmkb.template;

/**
 * The reader-safety settings every page needs: whether to show the exit control, where it goes, its one
 * name, and the Content-Security-Policy for the page's {@code <meta>} tag.
 */
public record SafetyView(boolean exitEnabled, String exitUrl, String exitLabel, String contentSecurityPolicy) {
}
