package org.harmkb.link;

import java.util.List;
import org.harmkb.content.SourcePage;

/** What a link an author wrote points to. Produced by {@link LinkTargets}; never null. */
public sealed interface Resolution {

    /** A published page; {@code fragment} is the anchor without {@code #}, empty for none. */
    record ToPage(SourcePage page, String fragment) implements Resolution {
    }

    /** A file copied beside the pages, e.g. {@code /rights/letter.pdf}. */
    record ToFile(String sitePath, String fragment) implements Resolution {
    }

    /** An anchor on the page the link is written in. */
    record SamePage(String fragment) implements Resolution {
    }

    /** A page left out of this build because it is a draft. */
    record ToDraft(SourcePage draft) implements Resolution {
    }

    /** A wikilink whose slug names more than one page, sorted by URL. */
    record Ambiguous(List<SourcePage> candidates) implements Resolution {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * Nothing in the content folder. {@code wanted} is the normalised target (a slug, a folder/slug or a
     * content path) and {@code suggestion} the closest existing one, written as the author should write it,
     * or null.
     */
    record Missing(String wanted, String suggestion) implements Resolution {
    }

    /**
     * A site path (starting with {@code /}) that is neither a page nor a file from the content folder: it may
     * still be a generated page such as {@code /topics/}.
     */
    record OtherSitePath(String path, String fragment) implements Resolution {
    }

    /** Another site ({@code https:}, {@code mailto:}, {@code //host}): not checked. */
    record External() implements Resolution {
    }
}
