package org.harmkb.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NestingGuardTest {

    @Test
    void unclosedEmphasisOverTheLimitIsReportedAtTheFirstOpenerOverIt() {
        String body = "intro\n\n" + "*a ".repeat(100) + "\n";
        assertThat(NestingGuard.firstViolation(body, 64)).contains(new NestingGuard.Violation(3, 64 * 3 + 1));
    }

    @Test
    void emphasisThatClosesNeverAccumulates() {
        String body = "*one* **two** _three_ __four__ a*b*c snake_case_name\n".repeat(200);
        assertThat(NestingGuard.firstViolation(body, 64)).isEmpty();
    }

    @Test
    void openersAcrossLinesOfOneParagraphCountTogetherButABlankLineResets() {
        String together = ("*a ".repeat(40) + "\n").repeat(2);
        assertThat(NestingGuard.firstViolation(together, 64)).contains(new NestingGuard.Violation(2, 24 * 3 + 1));
        String apart = ("*a ".repeat(40) + "\n\n").repeat(2);
        assertThat(NestingGuard.firstViolation(apart, 64)).isEmpty();
    }

    @Test
    void codeSpansAndFencedCodeAreNotEmphasis() {
        String span = "`" + "*a ".repeat(100) + "`\n";
        String fenced = "```\n" + "*a ".repeat(100) + "\n```\n";
        assertThat(NestingGuard.firstViolation(span, 64)).isEmpty();
        assertThat(NestingGuard.firstViolation(fenced, 64)).isEmpty();
    }

    @Test
    void deepContainerPrefixIsStillReported() {
        String body = "> ".repeat(70) + "x\n";
        assertThat(NestingGuard.firstViolation(body, 64)).isPresent();
    }
}
