package org.harmkb.template;

/**
 * The reader-safety settings every page needs: whether to show the emergency exit control, where it goes,
 * and the Content-Security-Policy for the page's {@code <meta>} tag.
 */
public record SafetyView(boolean exitEnabled, String exitUrl, String contentSecurityPolicy) {
}
