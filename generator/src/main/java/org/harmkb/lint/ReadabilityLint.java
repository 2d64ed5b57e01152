package org.harmkb.lint;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.harmkb.link.Glossary;

/**
 * Estimates how hard a page is to read, as the US school grade of the Flesch–Kincaid and SMOG formulas,
 * over its paragraphs (headings, tables and code left out), and warns when Flesch–Kincaid is above
 * {@code lints.max_grade} or SMOG above {@code lints.max_smog_grade}. Readers in distress read less well than usual; a low grade is a kindness.
 * Pages under {@value #MIN_WORDS} words (glossary entries under {@value #MIN_GLOSSARY_WORDS}) are skipped: the
 * formulas are meaningless on a few lines.
 */
public final class ReadabilityLint implements Lint {

    static final int MIN_WORDS = 100;

    /**
     * Glossary entries are short by nature, and are where a hard word is explained: they are held to the same
     * grades from this many words.
     */
    static final int MIN_GLOSSARY_WORDS = 30;

    /** A definition shorter than this is short enough; the formula means nothing on two or three words. */
    static final int MIN_DEFINITION_WORDS = 8;

    /** The grades of one text; {@code sentences} and {@code words} are what they were computed from. */
    public record Grades(double fleschKincaid, double smog, int sentences, int words) {
    }

    @Override
    public String name() {
        return "readability";
    }

    @Override
    public void check(LintedPage page, Findings findings) {
        boolean glossary = Glossary.isEntry(page.source());
        if (glossary) {
            checkDefinition(page, findings);
        }
        List<Sentence> sentences = glossary ? withDefinition(page) : page.sentences();
        Grades grades = grades(sentences);
        if (grades.words() < (glossary ? MIN_GLOSSARY_WORDS : MIN_WORDS)) {
            return;
        }
        double max = page.settings().maxGrade();
        double maxSmog = page.settings().maxSmogGrade();
        if (grades.fleschKincaid() > max || grades.smog() > maxSmog) {
            Sentence first = sentences.get(0);
            String message = String.format(Locale.ROOT,
                    "%s reads at grade %.1f (Flesch-Kincaid) and %.1f (SMOG); the site's limits are %s and %s",
                    glossary ? "glossary entry (with its description)" : "page", grades.fleschKincaid(), grades.smog(),
                    formatGrade(max), formatGrade(maxSmog));
            String hint = "use shorter sentences and everyday words; the hardest sentences start on "
                    + hardest(sentences, findings);
            if (glossary) {
                findings.warning(page.source().frontMatter().positionOf("description"), message,
                        hint + " (the description is the definition the glossary page shows)");
            } else {
                findings.warning(first.prose().offsetOf(first.start()), message, hint);
            }
        }
    }

    /**
     * A glossary entry's description is the definition the glossary page and term links show on their own, so
     * it must meet the Flesch–Kincaid limit by itself too (SMOG means nothing on one sentence), from
     * {@value #MIN_DEFINITION_WORDS} words.
     */
    private static void checkDefinition(LintedPage page, Findings findings) {
        String description = page.source().frontMatter().description();
        Grades grades = grades(Sentences.of(new Prose(Prose.Kind.PARAGRAPH, description, new int[description.length()])));
        double max = page.settings().maxGrade();
        if (grades.words() >= MIN_DEFINITION_WORDS && grades.fleschKincaid() > max) {
            findings.warning(page.source().frontMatter().positionOf("description"), String.format(Locale.ROOT,
                    "the definition (description) reads at grade %.1f (Flesch-Kincaid); the site's limit is %s",
                    grades.fleschKincaid(), formatGrade(max)),
                    "the glossary page shows it alone: use shorter words, or split it into two short sentences");
        }
    }

    /**
     * A glossary entry's sentences: its description first, which the glossary page shows as the definition
     * (its sentences count as starting where the body starts), then its text.
     */
    private static List<Sentence> withDefinition(LintedPage page) {
        String description = page.source().frontMatter().description();
        List<Sentence> sentences = new java.util.ArrayList<>(
                Sentences.of(new Prose(Prose.Kind.PARAGRAPH, description, new int[description.length()])));
        sentences.addAll(page.sentences());
        return sentences;
    }

    public static Grades grades(List<Sentence> sentences) {
        int words = 0;
        int syllables = 0;
        int polysyllables = 0;
        for (Sentence s : sentences) {
            words += s.wordCount();
            syllables += s.syllables();
            polysyllables += s.polysyllables();
        }
        int count = sentences.size();
        if (words == 0) {
            return new Grades(0, 0, count, 0);
        }
        double fk = 0.39 * words / count + 11.8 * syllables / words - 15.59;
        double smog = 1.0430 * Math.sqrt(polysyllables * 30.0 / count) + 3.1291;
        return new Grades(fk, smog, count, words);
    }

    /** Where the three hardest sentences start: most words plus three per long word. */
    private static String hardest(List<Sentence> sentences, Findings findings) {
        return sentences.stream()
                .sorted(Comparator.comparingInt((Sentence s) -> -(s.wordCount() + 3 * s.polysyllables()))
                        .thenComparingInt(s -> s.prose().offsetOf(s.start())))
                .limit(3)
                .map(s -> findings.positionOf(s.prose().offsetOf(s.start())))
                .sorted(Comparator.comparingInt(org.harmkb.content.Position::line)
                        .thenComparingInt(org.harmkb.content.Position::column))
                .map(p -> String.valueOf(p.line()))
                .distinct()
                .collect(Collectors.collectingAndThen(Collectors.toList(), ReadabilityLint::lines));
    }

    private static String lines(List<String> numbers) {
        if (numbers.size() == 1) {
            return "line " + numbers.get(0);
        }
        return "lines " + String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and " + numbers.get(numbers.size() - 1);
    }

    private static String formatGrade(double grade) {
        return grade == Math.rint(grade) ? String.valueOf((long) grade) : String.valueOf(grade);
    }
}
