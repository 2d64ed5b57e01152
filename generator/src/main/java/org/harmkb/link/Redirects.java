package org.harmkb.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.harmkb.content.SourcePage;

/**
 * Turns {@code aliases} into redirects. Whether an alias takes the address of a page, of a generated page,
 * of a file or of another alias is decided with every other file of the site, in
 * {@link org.harmkb.output.OutputPlan}, before anything is written.
 */
final class Redirects {

    private Redirects() {
    }

    /** The redirects, sorted by old address, then by the page's content path. */
    static List<Redirect> build(List<SourcePage> pages) {
        List<Redirect> redirects = new ArrayList<>();
        for (SourcePage page : pages) {
            for (String alias : page.frontMatter().aliases()) {
                redirects.add(new Redirect(alias, page));
            }
        }
        redirects.sort(Comparator.comparing(Redirect::from).thenComparing(r -> r.to().contentPath()));
        return List.copyOf(redirects);
    }
}
