package org.harmkb.diagnostic;

/** How serious a {@link Diagnostic} is. Errors fail the build; warnings do not unless strict. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The lower-case word printed in {@code path:line:col: error: ...}. */
    public String label() {
        return label;
    }
}
