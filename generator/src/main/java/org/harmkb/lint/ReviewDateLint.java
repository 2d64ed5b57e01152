package org.harmkb.lint;

import java.time.LocalDate;
import java.util.Optional;
import org.harmkb.content.FrontMatter;

/**
 * Review dates keep advice trustworthy: a {@code next_review} before {@code last_reviewed} is an error (a
 * typo that would hide the page from review), and a {@code next_review} that has passed is a warning.
 */
public final class ReviewDateLint implements Lint {

    static final String NAME = "review-dates";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void check(LintedPage page, Findings findings) {
        FrontMatter fm = page.source().frontMatter();
        Optional<LocalDate> next = fm.nextReview();
        if (next.isEmpty()) {
            return;
        }
        Optional<LocalDate> last = fm.lastReviewed();
        if (last.isPresent() && next.get().isBefore(last.get())) {
            findings.error(fm.positionOf("next_review"),
                    "next_review " + next.get() + " is before last_reviewed " + last.get(),
                    "set next_review after last_reviewed, usually a year later: next_review: " + last.get().plusYears(1));
        } else if (next.get().isBefore(page.today())) {
            findings.warning(fm.positionOf("next_review"), "this page was due for review on " + next.get(),
                    "check the page is still accurate, then set last_reviewed to today's date and next_review to a year from now");
        }
    }
}
