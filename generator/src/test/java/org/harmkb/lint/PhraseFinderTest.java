package org.harmkb.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.harmkb.config.LanguageRule;
import org.harmkb.config.LintSettings;
import org.junit.jupiter.api.Test;

/** The finder must report exactly what running each rule's pattern with {@code find()} reports. */
class PhraseFinderTest {

    private static final List<LanguageRule> RULES = rules();

    private static List<LanguageRule> rules() {
        List<LanguageRule> rules = new ArrayList<>(LintSettings.DEFAULT_LANGUAGE);
        rules.add(new LanguageRule("*phobic", "say what you mean", 1));
        rules.add(new LanguageRule("-ish", "say what you mean", 2));
        rules.add(new LanguageRule("Ünfair  Straße", "say what you mean", 3));
        rules.add(new LanguageRule("2nd-rate", "say what you mean", 4));
        return List.copyOf(rules);
    }

    private static List<String> withFind(String text, boolean firstOnly) {
        List<String> found = new ArrayList<>();
        for (int r = 0; r < RULES.size(); r++) {
            Matcher m = RULES.get(r).pattern().matcher(text);
            while (m.find()) {
                found.add(r + ":" + m.start() + "-" + m.end() + ":" + m.group());
                if (firstOnly) {
                    break;
                }
            }
        }
        return found;
    }

    private static List<String> withFinder(String text, boolean firstOnly) {
        List<String> found = new ArrayList<>();
        PhraseFinder.Match collect = (r, m) -> found.add(r + ":" + m.start() + "-" + m.end() + ":" + m.group());
        PhraseFinder finder = new PhraseFinder(RULES);
        if (firstOnly) {
            finder.findFirstOfEach(text, collect);
        } else {
            boolean[] all = new boolean[RULES.size()];
            Arrays.fill(all, true);
            finder.findAll(text, all, collect);
        }
        return found;
    }

    @Test
    void findsWhatEachPatternFindsInTrickyText() {
        String text = "Suffering from Crazy-making CRAZY insane.Insane crazyish xcrazy 9crazy écrazy ſuffers from "
                + "K\u212Aazy non compliant, noncompliance NON-COMPLIANT non\u2011compliant in  denial in\ndenial "
                + "homophobic 'psycho' treatment-resistant treatmentresistant İnsane ınsane ünfair strasse ÜNFAIR STRASSE "
                + "2nd rate 2ndrate failed   therapy committed suicide, commits suicide commit suicidal \uD835\uDC00crazy";
        assertThat(withFinder(text, false)).isEqualTo(withFind(text, false)).isNotEmpty();
        assertThat(withFinder(text, true)).isEqualTo(withFind(text, true)).isNotEmpty();
    }

    @Test
    void findsWhatEachPatternFindsInRandomText() {
        String[] pieces = {"crazy", "Crazy", "in", "denial", "insane", "suffer", "suffers", "from", "the", "mentally",
            "ill", "non", "-", "\u2010", "compliant", "ſ", "İ", "ı", "x", "9", "é", " ", "  ", "\n", ".", "'", "\u201c",
            "\u201d", "psycho", "phobic", "ish", "failed", "to", "engage", "\uD835\uDC00", "\uD800", "é"};
        Random random = new Random(21);
        for (int run = 0; run < 3000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(3) == 0) {
                    text.append(' ');
                }
            }
            String t = text.toString();
            assertThat(withFinder(t, false)).as(t).isEqualTo(withFind(t, false));
            assertThat(withFinder(t, true)).as(t).isEqualTo(withFind(t, true));
        }
    }

    @Test
    void literalsAreFoundWhereContainsFindsThem() {
        LanguageLint.Literals literals = new LanguageLint.Literals(RULES);
        String[] pieces = {"crazy", "in denial", "insane", "suffer", "non-compliant", "ünfair", "2nd", "ish", "phobic",
            "ſ", "İ", "x", " ", "\n", "\uD835\uDC00", "psycho", "failed", "commit"};
        Random random = new Random(7);
        boolean[] active = new boolean[RULES.size()];
        for (int run = 0; run < 3000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String lower = text.toString().toLowerCase(java.util.Locale.ROOT);
            boolean any = literals.find(lower, active);
            boolean anyExpected = false;
            for (int r = 0; r < RULES.size(); r++) {
                boolean expected = lower.contains(RULES.get(r).literal());
                assertThat(active[r]).as(r + " in " + lower).isEqualTo(expected);
                anyExpected |= expected;
            }
            assertThat(any).isEqualTo(anyExpected);
        }
    }
}
