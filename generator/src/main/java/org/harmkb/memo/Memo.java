package org.harmkb.memo;

import java.util.function.Function;
import org.harmkb.diagnostic.Diagnostics;

/**
 * One memoised computation of a stage, as {@link Memos#stage} hands it out: {@link #apply} computes a
 * result, or returns the result of an earlier build whose {@code input} was equal, replaying the
 * diagnostics it reported then. Thread-safe; call it from parallel streams.
 *
 * @param <I> everything the computation reads besides the stage's site-wide key: a record or another value
 *            with {@code equals}, compared identity first
 * @param <O> the result; must be immutable
 */
@FunctionalInterface
public interface Memo<I, O> {

    /**
     * @param key         identifies the item within the stage, e.g. a page's content path
     * @param input       what this item's computation reads
     * @param diagnostics the build's collector
     * @param compute     the work, reporting to the collector it is given
     */
    O apply(String key, I input, Diagnostics diagnostics, Function<Diagnostics, O> compute);

    /** Keeps nothing: always computes. */
    static <I, O> Memo<I, O> none() {
        return (key, input, diagnostics, compute) -> compute.apply(diagnostics);
    }
}
