package org.harmkb.memo;

/**
 * The typed name of a memoised stage: {@code S} is the stage's site-wide key (what every item's result
 * reads, compared once per build), {@code I} one item's input and {@code O} its result. Declare one
 * constant per stage beside the code it memoises.
 *
 * @param name unique among stages, shown nowhere but in a debugger
 */
public record MemoStage<S, I, O>(String name) {
}
