package org.harmkb.memo;

/**
 * The result of {@link Memos#latest}: either the result for the input asked for, or, when the work was left
 * for later, the result for the last input it was done for.
 *
 * @param current whether {@code value} is for the input asked for
 */
public record Latest<O>(O value, boolean current) {
}
