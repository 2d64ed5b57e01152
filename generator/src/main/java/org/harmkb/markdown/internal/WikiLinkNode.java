package org.harmkb.markdown.internal;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * An inline {@code [[target]]} or {@code [[target|label]]}. {@code target} is what the author wrote before
 * the bar (e.g. {@code folder/slug#heading}); {@code label} is the text after it, or null.
 */
public final class WikiLinkNode extends Node implements DoNotDecorate {

    private final String target;
    private final String label;

    WikiLinkNode(BasedSequence chars, String target, String label) {
        super(chars);
        this.target = target;
        this.label = label;
    }

    public String target() {
        return target;
    }

    /** The author's link text, or null when the target's title should be shown. */
    public String label() {
        return label;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }
}
