package org.harmkb.link;

import org.harmkb.content.SourcePage;

/** A checked link from one published page to another, with the sentence it stands in. */
record Edge(SourcePage from, SourcePage to, String context) {
}
