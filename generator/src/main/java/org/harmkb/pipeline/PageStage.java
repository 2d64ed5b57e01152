package org.harmkb.pipeline;

import java.util.function.Function;
import org.harmkb.diagnostic.Diagnostics;

/**
 * One per-page stage of the pipeline (markdown, html, a capability's own per-page work) as seen through
 * the {@link BuildCache}: {@link #apply} computes a page's result, or returns the result of an earlier
 * build when the page's input is equal to what it was then, replaying the diagnostics it reported.
 * Thread-safe; call it from parallel streams.
 *
 * @param <O> the stage's result for one page; must be immutable
 */
@FunctionalInterface
public interface PageStage<O> {

    /**
     * @param key         identifies the page within this stage, e.g. its content path
     * @param input       everything the computation reads that is specific to this page; compared with
     *                    {@code equals} (identity first) to the input of the cached result
     * @param diagnostics the build's collector
     * @param compute     the stage's work for this page, reporting to the collector it is given
     */
    O apply(String key, Object input, Diagnostics diagnostics, Function<Diagnostics, O> compute);
}
