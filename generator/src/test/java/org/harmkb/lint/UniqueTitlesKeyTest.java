package org.harmkb.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The title key skips the regular expression when it would change nothing; it must give what the expression gives. */
class UniqueTitlesKeyTest {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final char[] ALPHABET = {'a', 'B', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', 'é'};

    @Test
    void theKeyIsTheStrippedTitleWithEachSpaceRunAsOneSpaceInLowerCase() {
        Random random = new Random(21);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder title = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                title.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String expected = SPACES.matcher(title.toString().strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
            assertThat(UniqueTitles.key(title.toString())).as("title %s", title.toString().chars().boxed().toList())
                    .isEqualTo(expected);
        }
        assertThat(UniqueTitles.key("  Your  Rights\tin\nTherapy ")).isEqualTo("your rights in therapy");
    }
}
