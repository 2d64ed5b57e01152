package org.harmkb.template;

/**
 * A helpline as the support box shows it. Optional values are null.
 *
 * @param phoneHref    {@code tel:} link for {@code phone}, digits only, or null
 * @param lastVerified ISO date for {@code <time datetime>}; {@code lastVerifiedText} the same date in words
 */
public record HelplineView(String name, String phone, String phoneHref, String text, String hours, String url,
        String lastVerified, String lastVerifiedText) {
}
