package org.harmkb.lint;

import org.harmkb.content.LineIndex;
import org.harmkb.content.Position;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostic;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.Severity;

/**
 * Where lints report, for one page: turns body offsets into {@code file:line:col} and hands diagnostics to
 * the build's collector. Findings are warnings at {@code warningSeverity} (promoted to errors in strict
 * runs); a few checks report real errors with {@link #error}.
 */
public final class Findings {

    private final SourcePage page;
    /** The body's lines, indexed at the first finding in the body: most pages have none. */
    private LineIndex lines;
    private final Diagnostics diagnostics;
    private final Severity warningSeverity;

    Findings(SourcePage page, Diagnostics diagnostics, Severity warningSeverity) {
        this.page = page;
        this.diagnostics = diagnostics;
        this.warningSeverity = warningSeverity;
    }

    /** A warning at offset {@code bodyOffset} of the markdown body. */
    public void warning(int bodyOffset, String message, String hint) {
        warning(positionOf(bodyOffset), message, hint);
    }

    /** A warning at a position in the file, e.g. a front-matter key's. */
    public void warning(Position at, String message, String hint) {
        diagnostics.report(new Diagnostic(warningSeverity, page.displayPath(), at.line(), at.column(), message, hint));
    }

    /** An error: the page is wrong, not just unclear. Never demoted. */
    public void error(Position at, String message, String hint) {
        diagnostics.error(page.displayPath(), at.line(), at.column(), message, hint);
    }

    /** The file position of a body offset. */
    public Position positionOf(int bodyOffset) {
        if (lines == null) {
            lines = new LineIndex(page.body());
        }
        return new Position(page.bodyLine() + lines.lineOf(bodyOffset), lines.columnOf(bodyOffset));
    }
}
