package org.harmkb.link;

/**
 * A link one page makes to another published page, as the link check found it: the target's address and
 * the sentence the link stands in. Holds no pages, so a check kept from an earlier build reads the same
 * against the current pages.
 */
public record CheckedLink(String toUrl, String context) {
}
