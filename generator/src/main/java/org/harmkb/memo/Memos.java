package org.harmkb.memo;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.harmkb.diagnostic.Diagnostics;

/**
 * The one way a stage keeps work between the builds of a session ({@code serve}): per-item results under a
 * typed {@link MemoStage}, and slow site-wide work that a build may leave for later. A result that came with
 * errors is never kept, so the next build reports them again. {@link #NONE}, what {@code build} uses, keeps
 * nothing and always computes.
 */
public interface Memos {

    Memos NONE = new Memos() {
        @Override
        public <S, I, O> Memo<I, O> stage(MemoStage<S, I, O> stage, Supplier<S> siteKey) {
            return Memo.none();
        }

        @Override
        public <I, O> Latest<O> latest(MemoStage<Void, I, O> stage, I input, Diagnostics diagnostics,
                Function<Diagnostics, O> compute) {
            return new Latest<>(compute.apply(diagnostics), true);
        }

        @Override
        public <T> T intern(T value) {
            return value;
        }
    };

    /**
     * The stage's memo for this build. Its kept results are dropped when {@code siteKey} is not equal to the
     * previous build's (asked only when the memo keeps anything); pass {@code () -> null} for a {@code MemoStage<Void, …>}, whose items read
     * nothing site-wide.
     */
    <S, I, O> Memo<I, O> stage(MemoStage<S, I, O> stage, Supplier<S> siteKey);

    /**
     * Every item of {@code items} through the stage's memo, in order: as
     * {@code items.parallelStream().map(item -> stage(…).apply(keyOf(item), item, diagnostics, sink -> compute(item, sink)))}.
     * A session's cache may also skip the lookup of an item that is the very instance the previous build had at the same
     * place (10,000 pages per stage, of which one changed after a save), taking that build's result and replaying its
     * diagnostics. Keys must be unique within {@code items}.
     */
    default <S, I, O> List<O> each(MemoStage<S, I, O> stage, Supplier<S> siteKey, List<I> items, Function<I, String> keyOf,
            Diagnostics diagnostics, BiFunction<I, Diagnostics, O> compute) {
        Memo<I, O> memo = stage(stage, siteKey);
        return items.parallelStream()
                .map(item -> memo.apply(keyOf.apply(item), item, diagnostics, sink -> compute.apply(item, sink)))
                .toList();
    }

    /**
     * Site-wide work that depends on everything together (a search index, related articles). Returns the
     * result kept for an equal {@code input} (or computed ahead for it); else, when the session lets builds
     * defer slow work and an earlier result exists, that earlier result, not current, leaving {@code input}
     * to be computed ahead by the session; else computes it now.
     */
    <I, O> Latest<O> latest(MemoStage<Void, I, O> stage, I input, Diagnostics diagnostics, Function<Diagnostics, O> compute);

    /**
     * The last build's instance of a site-wide key of {@code value}'s class when it is equal to {@code value}, else
     * {@code value}, kept for the next build. A large key (every page's title) is then compared in full once per
     * build, and identity-first everywhere after: in each stage's {@link #stage} and in the keys that contain it.
     */
    <T> T intern(T value);
}
