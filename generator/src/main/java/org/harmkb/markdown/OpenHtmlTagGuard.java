package org.harmkb.markdown;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a page that leaves more raw HTML tags open than a limit, before it is parsed. Each tag left open
 * nests everything after it one level deeper in the HTML tree, and the sanitiser (Jsoup's cleaner) walks
 * up that tree for every element it copies, so 170,000 unclosed {@code <span>} tags in a 1 MB page take
 * minutes (issue 16, part 8). A real article leaves a handful open at most. Counts open tags minus
 * closing tags over the whole body, outside fenced code and code spans; void elements ({@code <br>}) and
 * self-closing tags do not count.
 */
final class OpenHtmlTagGuard {

    /** Far above any real article, far below the depth that makes the sanitiser slow (about 10,000). */
    static final int MAX_OPEN_TAGS = 1000;

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)(?:\\s[^<>]*)?>");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr");

    private OpenHtmlTagGuard() {
    }

    /** The 1-based line and column within the body of the first tag over the limit. */
    static Optional<NestingGuard.Violation> firstViolation(String body, int limit) {
        int open = 0;
        int line = 1;
        String fence = null;
        Matcher tag = TAG.matcher(body);
        // Where the next '<' is: lines before it hold no tag, and finding it once keeps the scan linear.
        int nextTag = body.indexOf('<');
        for (int start = 0; start <= body.length() && nextTag >= 0; line++) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? body.length() : end;
            String fenceHere = NestingGuard.fenceOf(body, start, end);
            if (fence != null) {
                fence = NestingGuard.closes(fence, fenceHere) ? null : fence;
            } else if (fenceHere != null) {
                fence = fenceHere;
            } else if (nextTag < end) {
                CodeSpans spans = null;
                for (int i = start; i < end; i++) {
                    char c = body.charAt(i);
                    if (c == '\\') {
                        i++;
                    } else if (c == '`') {
                        spans = spans != null ? spans : new CodeSpans(body, start, end);
                        i = spans.endOf(body, i, end) - 1;
                    } else if (c == '<' && tag.region(i, end).lookingAt()) {
                        open = tag.group(1).isEmpty() ? open + opens(tag) : Math.max(0, open - 1);
                        if (open > limit) {
                            return Optional.of(new NestingGuard.Violation(line, i - start + 1));
                        }
                        i = tag.end() - 1;
                    }
                }
            }
            start = end + 1;
            if (nextTag < start) {
                nextTag = body.indexOf('<', start);
            }
        }
        return Optional.empty();
    }

    private static int opens(Matcher tag) {
        boolean selfClosing = tag.group().endsWith("/>");
        return selfClosing || VOID.contains(tag.group(2).toLowerCase(java.util.Locale.ROOT)) ? 0 : 1;
    }
}
