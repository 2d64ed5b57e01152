package org.harmkb.pipeline;

import org.harmkb.content.ContentSet;
import org.harmkb.link.LinkTargets;
import org.harmkb.memo.Memos;

/**
 * A session's last {@link LinkTargets}, which the next build updates for the pages that changed rather than building
 * them from every page again ({@link LinkTargets#updatedFor}).
 */
final class LastLinkTargets {

    private LinkTargets last;

    synchronized LinkTargets of(ContentSet content, Memos memos) {
        last = last == null ? new LinkTargets(content, memos) : last.updatedFor(content, memos);
        return last;
    }
}
