package org.harmkb.template;

/** A link to another page as templates list it: title, one-line description and href. */
public record PageLink(String title, String description, String href) {
}
