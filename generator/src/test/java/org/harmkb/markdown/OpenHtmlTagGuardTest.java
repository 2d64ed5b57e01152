package org.harmkb.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenHtmlTagGuardTest {

    @Test
    void unclosedTagsOverTheLimitAreReportedAtTheFirstTagOverIt() {
        String body = "intro\n\n" + "<span>".repeat(1500) + "\n";
        assertThat(OpenHtmlTagGuard.firstViolation(body, 1000)).contains(new NestingGuard.Violation(3, 1000 * 6 + 1));
    }

    @Test
    void closedVoidAndSelfClosingTagsNeverAccumulate() {
        String body = "<span class=\"x\">a</span> <em>b</em> <br> <img src=\"a.png\" alt=\"\"> <x-y/>\n".repeat(2000);
        assertThat(OpenHtmlTagGuard.firstViolation(body, 1000)).isEmpty();
    }

    @Test
    void tagsInCodeAreNotCounted() {
        String span = "`" + "<span>".repeat(1500) + "`\n";
        String fenced = "```\n" + "<span>".repeat(1500) + "\n```\n";
        assertThat(OpenHtmlTagGuard.firstViolation(span, 1000)).isEmpty();
        assertThat(OpenHtmlTagGuard.firstViolation(fenced, 1000)).isEmpty();
    }

    @Test
    void lessThanSignsThatAreNotTagsAreNotCounted() {
        String body = "a < b, <3, <- x, 1<2 ".repeat(5000) + "\n";
        assertThat(OpenHtmlTagGuard.firstViolation(body, 1000)).isEmpty();
    }

    /** The case: a 1 MB page of unclosed tags is refused at the 1,001st, before Flexmark or Jsoup see it. */
    @Test
    void aMegabyteOfUnclosedTagsIsRefusedAtTheFirstTagOverTheLimit() {
        String body = ("<span>".repeat(20) + "\n").repeat((1 << 20) / 121);
        assertThat(OpenHtmlTagGuard.firstViolation(body, OpenHtmlTagGuard.MAX_OPEN_TAGS))
                .contains(new NestingGuard.Violation(51, 1));
    }

    @Test
    void theRealLimitIsFarAboveAnArticle() {
        assertThat(OpenHtmlTagGuard.MAX_OPEN_TAGS).isGreaterThanOrEqualTo(1000);
    }
}
