package org.harmkb.pipeline;

/**
 * Hears how far a build has got, e.g. to draw a progress line on a terminal. Called often and from several
 * threads at once; must be quick and thread-safe.
 */
@FunctionalInterface
public interface BuildProgress {

    BuildProgress NONE = (phase, done, total) -> {
    };

    /**
     * @param phase what the build is doing, e.g. {@code Rendering markdown}
     * @param done  items finished in this phase
     * @param total items in this phase, or 0 when not known
     */
    void update(String phase, int done, int total);
}
