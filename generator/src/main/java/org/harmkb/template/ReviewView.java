package org.harmkb.template;

/**
 * A page's review dates as templates read them, as {@code review}: ISO dates for {@code <time datetime>} and
 * the same dates in words ("26 November 2026"). Each pair is null when the front matter leaves it out.
 */
public record ReviewView(String lastReviewed, String lastReviewedText, String nextReview, String nextReviewText) {
}
