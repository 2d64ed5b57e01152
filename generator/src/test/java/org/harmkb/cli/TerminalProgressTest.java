package org.harmkb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    @Test
    void drawsPhaseAndCountsAtMostTenTimesASecondAndErasesItselfAtTheEnd() {
        StringWriter terminal = new StringWriter();
        AtomicLong now = new AtomicLong();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(terminal), now::get);

        progress.update("Rendering markdown", 0, 10_000);
        now.addAndGet(TerminalProgress.INTERVAL_NANOS / 2);
        progress.update("Rendering markdown", 4_000, 10_000);
        now.addAndGet(TerminalProgress.INTERVAL_NANOS);
        progress.update("Rendering markdown", 9_000, 10_000);
        progress.update("Writing", 0, 0);
        progress.close();

        assertThat(terminal.toString()).isEqualTo("\rRendering markdown 0/10,000"
                + "\rRendering markdown 9,000/10,000"
                + "\rWriting…" + " ".repeat("Rendering markdown 9,000/10,000".length() - "Writing…".length())
                + "\r" + " ".repeat("Writing…".length()) + "\r");
    }
}
