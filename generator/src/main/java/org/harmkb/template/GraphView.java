package org.harmkb.template;

import java.util.List;

/**
 * What the site graph adds to one content page's template model, as {@code graph}. Lists are empty,
 * never null; {@code series} is null for a page outside any learning path. Strings are plain text.
 *
 * @param toc       the page's {@code ##} headings when it has at least three, else empty
 * @param backlinks pages that link here, sorted by title
 * @param related   up to five related articles, best first
 * @param terms     glossary terms used on the page, sorted by term
 * @param topics    the page's topics, in the order of its tags
 */
public record GraphView(List<TocEntry> toc, List<BacklinkView> backlinks, List<PageLink> related, SeriesView series,
        List<TermView> terms, List<TopicLink> topics) {

    public GraphView {
        toc = List.copyOf(toc);
        backlinks = List.copyOf(backlinks);
        related = List.copyOf(related);
        terms = List.copyOf(terms);
        topics = List.copyOf(topics);
    }

    /** A table-of-contents line: {@code href} is {@code #id}. */
    public record TocEntry(String text, String href) {
    }

    /**
     * A page linking here and the sentence around its link, split around the first mention of this page's
     * title so templates can set the mention apart: {@code before + mention + after} is the whole sentence,
     * and {@code mention} is empty when the sentence does not name the title.
     */
    public record BacklinkView(String title, String href, String context, String before, String mention, String after) {

        /** Splits {@code context} around the first case-insensitive occurrence of {@code linkedTitle}. */
        public static BacklinkView of(String title, String href, String context, String linkedTitle) {
            String text = context == null ? "" : context;
            int at = -1;
            for (int i = 0; !linkedTitle.isEmpty() && i + linkedTitle.length() <= text.length() && at < 0; i++) {
                if (text.regionMatches(true, i, linkedTitle, 0, linkedTitle.length())) {
                    at = i;
                }
            }
            if (at < 0) {
                return new BacklinkView(title, href, context, text, "", "");
            }
            return new BacklinkView(title, href, context, text.substring(0, at), text.substring(at, at + linkedTitle.length()),
                    text.substring(at + linkedTitle.length()));
        }
    }

    /**
     * The page's place in its learning path: part {@code part} of {@code total}. {@code previous} and
     * {@code next} are null at the ends.
     */
    public record SeriesView(String title, String href, int part, int total, PageLink previous, PageLink next) {
    }

    /** A glossary entry: the term, its one-sentence definition, other words for it, and its page. */
    public record TermView(String term, String definition, List<String> synonyms, String href) {
        public TermView {
            synonyms = List.copyOf(synonyms);
        }
    }

    /** A topic: name, description (may be empty), its page and how many pages it has. */
    public record TopicLink(String name, String description, String href, int count) {
    }

    /** A learning path and its parts in order. */
    public record PathView(String title, String href, List<PageLink> parts) {
        public PathView {
            parts = List.copyOf(parts);
        }
    }

    /** One letter of the A–Z index; {@code id} is the anchor of its section, e.g. {@code letter-a}. */
    public record LetterView(String letter, String id, List<PageLink> pages) {
        public LetterView {
            pages = List.copyOf(pages);
        }
    }

    /** Where a redirect page sends readers. */
    public record RedirectView(String title, String href, String canonicalUrl) {
    }
}
