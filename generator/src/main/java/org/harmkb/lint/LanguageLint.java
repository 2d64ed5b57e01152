package org.harmkb.lint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.harmkb.config.LanguageRule;
import org.harmkb.content.FrontMatter;
import org.harmkb.content.Position;

/**
 * The anti-oppressive language lint: finds stigmatising or blaming phrases from {@code lints.language} (and
 * the built-in list) in the title, description, content note and all prose, and suggests what to write
 * instead. Words inside quotation marks are taken as quoted, not used, and are not reported: that is how
 * an article discusses a harmful phrase.
 */
public final class LanguageLint implements Lint {

    private static final String OPENING_QUOTES = "\"'\u2018\u201c";
    private static final String CLOSING_QUOTES = "\"'\u2019\u201d";

    @Override
    public String name() {
        return "language";
    }

    @Override
    public void check(LintedPage page, Findings findings) {
        List<LanguageRule> rules = page.settings().language();
        PhraseFinder finder = new PhraseFinder(rules);
        FrontMatter fm = page.source().frontMatter();
        checkField("title", Optional.of(fm.title()), fm, rules, finder, findings);
        checkField("description", Optional.of(fm.description()), fm, rules, finder, findings);
        checkField("content_note", fm.contentNote(), fm, rules, finder, findings);
        boolean[] active = new boolean[rules.size()];
        Literals literals = new Literals(rules);
        for (Prose prose : page.prose()) {
            if (literals.find(prose.text().toLowerCase(Locale.ROOT), active)) {
                finder.findAll(prose.text(), active, (r, m) -> {
                    if (!isQuoted(prose.text(), m.start(), m.end())) {
                        report(m.group(), rules.get(r), findings.positionOf(prose.offsetOf(m.start())), findings);
                    }
                });
            }
        }
    }

    private static void checkField(String key, Optional<String> value, FrontMatter fm, List<LanguageRule> rules,
            PhraseFinder finder, Findings findings) {
        if (value.isEmpty()) {
            return;
        }
        finder.findFirstOfEach(value.get(), (r, m) -> {
            if (!isQuoted(value.get(), m.start(), m.end())) {
                report(m.group(), rules.get(r), fm.positionOf(key), findings);
            }
        });
    }

    private static void report(String found, LanguageRule rule, Position at, Findings findings) {
        findings.warning(at, "'" + found + "' can stigmatise or blame the reader",
                rule.suggestion() + " (if you are quoting someone, put the words in quotation marks)");
    }

    /**
     * The rules' {@linkplain LanguageRule#literal() literals}, found in a text in one scan rather than one search
     * per rule: each position is compared only with the literals that start with its character.
     */
    static final class Literals {
        private final String[] literals;
        /** Per ASCII character, the rules whose literal starts with it. */
        private final int[][] byFirst = new int[128][];
        /** Rules whose literal is empty or starts beyond ASCII: searched for on their own. */
        private final int[] others;

        Literals(List<LanguageRule> rules) {
            literals = rules.stream().map(LanguageRule::literal).toArray(String[]::new);
            List<Integer> rest = new ArrayList<>();
            for (int r = 0; r < literals.length; r++) {
                String literal = literals[r];
                if (literal.isEmpty() || literal.charAt(0) >= 128) {
                    rest.add(r);
                } else {
                    int[] bucket = byFirst[literal.charAt(0)];
                    bucket = bucket == null ? new int[1] : Arrays.copyOf(bucket, bucket.length + 1);
                    bucket[bucket.length - 1] = r;
                    byFirst[literal.charAt(0)] = bucket;
                }
            }
            others = rest.stream().mapToInt(Integer::intValue).toArray();
        }

        /** Sets {@code active[r]} to whether rule r's literal occurs in {@code lower}; whether any does. */
        boolean find(String lower, boolean[] active) {
            Arrays.fill(active, false);
            boolean any = false;
            for (int r : others) {
                active[r] = lower.contains(literals[r]);
                any |= active[r];
            }
            int length = lower.length();
            for (int i = 0; i < length; i++) {
                char c = lower.charAt(i);
                int[] bucket = c < 128 ? byFirst[c] : null;
                if (bucket != null) {
                    for (int r : bucket) {
                        if (!active[r] && lower.startsWith(literals[r], i)) {
                            active[r] = true;
                            any = true;
                        }
                    }
                }
            }
            return any;
        }
    }

    static boolean isQuoted(String text, int start, int end) {
        return start > 0 && end < text.length()
                && OPENING_QUOTES.indexOf(text.charAt(start - 1)) >= 0
                && CLOSING_QUOTES.indexOf(text.charAt(end)) >= 0;
    }
}
