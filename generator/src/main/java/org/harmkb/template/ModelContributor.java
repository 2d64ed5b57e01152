package org.harmkb.template;

import java.util.Map;
import org.harmkb.html.PageBody;

/**
 * Adds values to the template model of one content page, under keys of its own (e.g. {@code graph},
 * {@code safety}), so each capability extends what templates can show without changing the others'
 * view models. Called in parallel for different pages; must not keep mutable state.
 */
public interface ModelContributor {

    void contribute(PageBody page, Map<String, Object> model);
}
