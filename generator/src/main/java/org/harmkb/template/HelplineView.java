package org.harmkb.template;

import java.util.List;

/**
 * A helpline as pages show it. Optional values are null.
 *
 * @param id           the config id articles place it by
 * @param nations      where it serves, as in the config ({@code uk}, {@code scotland} …)
 * @param phoneHref    {@code tel:} link for {@code phone}, digits and {@code +} only, or null
 * @param textHref     {@code sms:} link for {@code text}, with {@code textMessage} as the body, or null
 * @param supportBox   whether the support box on every page lists it
 * @param lastVerified ISO date for {@code <time datetime>}; {@code lastVerifiedText} the same date in words
 */
public record HelplineView(String id, String name, List<String> nations, String phone, String phoneHref, String text,
        String textMessage, String textHref, String hours, String url, boolean supportBox, String lastVerified,
        String lastVerifiedText) {
}
