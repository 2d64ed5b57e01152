package org.harmkb.markdown;

/**
 * A link or image an author wrote, as the markdown stage found it, before anything is resolved.
 *
 * @param kind   what syntax it was written in
 * @param target for a wikilink the text before {@code |} (e.g. {@code folder/slug#heading}); otherwise the
 *               destination URL as written (e.g. {@code ../rights/complaints.md#how})
 * @param label  the link's own text; null for a wikilink without {@code |label}, which shows the target's title
 * @param line   1-based line of the link's first character in the markdown file
 * @param column 1-based column of the link's first character
 * @param before the text of the link's sentence before the link, whitespace-collapsed, possibly shortened
 *               with a leading ellipsis; empty when the link starts its sentence
 * @param after  the rest of the sentence after the link, likewise
 */
public record LinkReference(Kind kind, String target, String label, int line, int column, String before, String after) {

    public enum Kind {
        /** {@code [[target]]} or {@code [[target|label]]}. */
        WIKI,
        /** {@code [text](url)} or a reference-style link. */
        LINK,
        /** {@code ![alt](url)} or a reference-style image. */
        IMAGE
    }
}
