package org.harmkb.lint;

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
        for (Prose prose : page.prose()) {
            String lower = prose.text().toLowerCase(Locale.ROOT);
            boolean any = false;
            for (int r = 0; r < rules.size(); r++) {
                active[r] = lower.contains(rules.get(r).literal());
                any |= active[r];
            }
            if (any) {
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

    static boolean isQuoted(String text, int start, int end) {
        return start > 0 && end < text.length()
                && OPENING_QUOTES.indexOf(text.charAt(start - 1)) >= 0
                && CLOSING_QUOTES.indexOf(text.charAt(end)) >= 0;
    }
}
