package org.harmkb.lint;

/**
 * One author lint: looks at a page and reports what could be clearer, kinder or more accessible, each with
 * a place and a suggestion. The built-in lints implement this same interface. Implementations hold no
 * mutable state: {@link #check} is called for different pages in parallel.
 */
public interface Lint {

    /** Stable short name, e.g. {@code readability}; {@code lints.disable} in the config turns a lint off by it. */
    String name();

    /** Reports this lint's findings about {@code page}; reports nothing when the page is fine. */
    void check(LintedPage page, Findings findings);
}
