package org.harmkb.template;

/**
 * Link-preview and structured-data metadata of one content page, as templates see it under {@code meta}
 * (rendered by {@code partials/meta.peb}).
 *
 * @param type        OpenGraph type: {@code website} for the home page, {@code article} otherwise
 * @param description what link previews show: the content note when the page has one, so distressing
 *                    text never appears in a preview unasked, else the description
 * @param locale      OpenGraph locale such as {@code en_GB}
 * @param jsonLd      schema.org JSON-LD, already escaped for a {@code <script type="application/ld+json">}
 *                    block (output it with {@code | raw})
 */
public record MetaView(String type, String description, String locale, String jsonLd) {
}
