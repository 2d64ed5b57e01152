package org.harmkb.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.parser.internal.LinkDestinationParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The linear link destination parser finds the same destination as Flexmark's, from every start. */
class LinearLinkDestinationParserTest {

    private static final String ALPHABET = "[]()\\\"'<> \t\nab{}!*";

    private final LinkDestinationParser flexmarks = new LinkDestinationParser(true, false, false, false);

    @Test
    void everyStartOf2000RandomStringsGivesFlexmarksDestination() {
        Random random = new Random(16);
        LinearLinkDestinationParser linear = new LinearLinkDestinationParser(flexmarks);
        for (int n = 0; n < 2000; n++) {
            BasedSequence input = BasedSequence.of(randomString(random, random.nextInt(80)));
            List<Integer> starts = new ArrayList<>();
            for (int i = 0; i <= input.length(); i++) {
                starts.add(i);
            }
            if (n % 2 == 1) {
                // The inline parser asks in increasing order; any order must still give the same answers.
                Collections.shuffle(starts, random);
            }
            for (int start : starts) {
                assertThat(linear.parseLinkDestination(input, start).toString())
                        .as("destination from %d in %s", start, input)
                        .isEqualTo(flexmarks.parseLinkDestination(input, start).toString());
            }
        }
    }

    @Test
    void escapedParenthesesAndBackslashRunsAreFlexmarks() {
        LinearLinkDestinationParser linear = new LinearLinkDestinationParser(flexmarks);
        for (String text : List.of("a\\(b)c)", "\\\\\\(x))", "(a(b)c))d", "x\\", "\\)(", "a)b", "((((", "a b)")) {
            BasedSequence input = BasedSequence.of(text);
            for (int start = 0; start <= input.length(); start++) {
                assertThat(linear.parseLinkDestination(input, start).toString()).as("%s from %d", text, start)
                        .isEqualTo(flexmarks.parseLinkDestination(input, start).toString());
            }
        }
    }

    @Test
    void optionsItDoesNotModelAreLeftToFlexmark() {
        LinkDestinationParser spaces = new LinkDestinationParser(true, true, false, false);
        BasedSequence input = BasedSequence.of("a b c) d");
        assertThat(new LinearLinkDestinationParser(spaces).parseLinkDestination(input, 0).toString())
                .isEqualTo(spaces.parseLinkDestination(input, 0).toString()).isEqualTo("a b c");
    }

    private static String randomString(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
