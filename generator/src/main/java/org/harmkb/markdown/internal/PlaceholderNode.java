package org.harmkb.markdown.internal;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * An inline {@code [[kind:argument]]} that stands for a value from the site's config, e.g.
 * {@code [[helpline:samaritans]]}: {@code kind} is one of {@link #KINDS}, {@code argument} what follows the colon.
 */
public final class PlaceholderNode extends Node implements DoNotDecorate {

    /** The kinds of placeholder; a wikilink target starting with one of these and a colon is a placeholder. */
    public static final Set<String> KINDS = Set.of("helpline", "helplines", "site");

    private final String kind;
    private final String argument;

    PlaceholderNode(BasedSequence chars, String kind, String argument) {
        super(chars);
        this.kind = kind;
        this.argument = argument;
    }

    public String kind() {
        return kind;
    }

    public String argument() {
        return argument;
    }

    /** Whether the text between {@code [[} and {@code ]]} names a placeholder rather than a page. */
    public static boolean isPlaceholder(String inner) {
        int colon = inner.indexOf(':');
        return colon > 0 && KINDS.contains(inner.substring(0, colon).strip());
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }
}
