package org.harmkb.diagnostic;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in content, configuration or templates.
 *
 * <p>{@code path} is relative to the directory the tool runs in (the repository root), with forward
 * slashes. {@code line} and {@code column} are 1-based; 0 means "the whole file". {@code hint} says
 * how to fix the problem and may be empty, never null.
 */
public record Diagnostic(Severity severity, String path, int line, int column, String message, String hint)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::path)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message)
            .thenComparing(Diagnostic::hint);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    public static Diagnostic error(String path, int line, int column, String message, String hint) {
        return new Diagnostic(Severity.ERROR, path, line, column, message, hint);
    }

    public static Diagnostic warning(String path, int line, int column, String message, String hint) {
        return new Diagnostic(Severity.WARNING, path, line, column, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** This diagnostic with a different severity, e.g. a warning promoted by {@code --strict}. */
    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(newSeverity, path, line, column, message, hint);
    }

    /** {@code path:line:col}, leaving out a zero line or column. */
    public String location() {
        if (line <= 0) {
            return path;
        }
        return column <= 0 ? path + ":" + line : path + ":" + line + ":" + column;
    }

    /** The compiler-style form: {@code path:line:col: error: message} and an indented hint line. */
    public String format() {
        String head = location() + ": " + severity.label() + ": " + message;
        return hint.isEmpty() ? head : head + System.lineSeparator() + "  hint: " + hint;
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }
}
