package org.harmkb.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The {@code lints:} section of the config: thresholds and word lists for the author lints that
 * {@code build} and {@code check} run (reported as warnings).
 *
 * @param maxGrade         highest Flesch–Kincaid grade an article may reach without a warning
 * @param maxSmogGrade     highest SMOG grade. SMOG estimates the grade for full comprehension, so on the same
 *                         text it reads about two grades above Flesch–Kincaid (this site's plain articles,
 *                         at Flesch–Kincaid 5–8, score 9–10); by default it is {@code maxGrade + 2}
 * @param maxSentenceWords longest sentence, in words, without a warning
 * @param vagueLinkText    link texts that do not say where a link goes (lower case)
 * @param language         stigmatising or blaming phrases with their alternatives, defaults first
 * @param disabled         names of lints turned off, e.g. {@code readability}
 * @param sourcesRequired  content folders ({@code sources_required}, e.g. {@code self-advocacy}) whose pages must
 *                         list their {@code sources}; the support page always must
 */
public record LintSettings(double maxGrade, double maxSmogGrade, int maxSentenceWords, List<String> vagueLinkText,
        List<LanguageRule> language, Set<String> disabled, List<String> sourcesRequired) {

    static final Set<String> KEYS = Set.of("max_grade", "max_smog_grade", "max_sentence_words", "vague_link_text", "language",
            "language_defaults", "disable", "sources_required");
    static final Set<String> RULE_KEYS = Set.of("phrase", "suggest");

    /** The names {@code disable} accepts; one per built-in lint. */
    public static final Set<String> LINT_NAMES = Set.of("heading-levels", "image-alt", "vague-link-text",
            "readability", "long-sentences", "language", "review-dates", "remote-images", "unique-titles",
            "sources", "helpline-numbers");

    public static final List<String> DEFAULT_VAGUE_LINK_TEXT = List.of("click here", "here", "read more", "more",
            "click", "this", "this link", "this page", "link", "learn more", "find out more", "go", "see here");

    /** Built-in phrases: the site's values applied to its own writing. */
    public static final List<LanguageRule> DEFAULT_LANGUAGE = List.of(
            rule("commit* suicide", "say 'died by suicide' or 'ended their life': 'commit' comes from when suicide was a crime"),
            rule("successful suicide", "say 'died by suicide'"),
            rule("failed suicide", "say 'survived a suicide attempt'"),
            rule("suffer* from", "say 'lives with', 'has' or 'experiences'"),
            rule("non-complian*", "describe what did not fit the person, e.g. 'the method did not suit them'"),
            rule("failed to engage", "describe what the service did not offer, e.g. 'the service did not meet their needs'"),
            rule("non-engagement", "describe what the service did not offer, e.g. 'the service did not meet their needs'"),
            rule("failed therapy", "say 'therapy did not help them': the therapy failed the person, not the other way round"),
            rule("failed treatment", "say 'the treatment did not help them'"),
            rule("treatment-resistant", "say 'the treatments tried so far have not helped'"),
            rule("resistant client", "describe what the person needed that they were not given"),
            rule("difficult client", "describe what the person needed that they were not given"),
            rule("difficult patient", "describe what the person needed that they were not given"),
            rule("attention-seeking", "say 'reaching out for help' or 'asking for connection'"),
            rule("in denial", "say 'not ready to talk about it yet'"),
            rule("the mentally ill", "say 'people with mental health problems'"),
            rule("mental patient*", "say 'people who use mental health services'"),
            rule("wheelchair-bound", "say 'wheelchair user'"),
            rule("confined to a wheelchair", "say 'uses a wheelchair'"),
            rule("high-functioning", "describe the support the person does or does not need"),
            rule("low-functioning", "describe the support the person needs"),
            rule("crazy", "say what you mean: 'confusing', 'overwhelming', 'unfair'"),
            rule("insane", "say what you mean: 'shocking', 'overwhelming', 'unfair'"),
            rule("psycho", "say what you mean, without a mental-health slur"),
            rule("hysterical", "describe what the person felt, e.g. 'very distressed'"));

    public static final LintSettings DEFAULT = new LintSettings(9.0, 11.0, 25, DEFAULT_VAGUE_LINK_TEXT, DEFAULT_LANGUAGE, Set.of(),
            List.of());

    public LintSettings {
        vagueLinkText = List.copyOf(vagueLinkText);
        language = List.copyOf(language);
        disabled = Set.copyOf(disabled);
        sourcesRequired = List.copyOf(sourcesRequired);
    }

    public boolean enabled(String lintName) {
        return !disabled.contains(lintName);
    }

    static LintSettings read(Optional<YamlFields> section) {
        if (section.isEmpty()) {
            return DEFAULT;
        }
        YamlFields f = section.get();
        f.rejectUnknownKeys(KEYS, "in lints");
        double maxGrade = DEFAULT.maxGrade;
        OptionalInt grade = f.integer("max_grade");
        if (grade.isPresent()) {
            maxGrade = grade.getAsInt();
            if (maxGrade < 1 || maxGrade > 20) {
                f.errorAt("max_grade", "'max_grade' must be a school grade from 1 to 20", "the default is max_grade: 9");
            }
        }
        double maxSmog = maxGrade + 2;
        OptionalInt smog = f.integer("max_smog_grade");
        if (smog.isPresent()) {
            maxSmog = smog.getAsInt();
            if (maxSmog < 1 || maxSmog > 22) {
                f.errorAt("max_smog_grade", "'max_smog_grade' must be a school grade from 1 to 22",
                        "leave it out to use max_grade + 2");
            }
        }
        int maxWords = f.integer("max_sentence_words").orElse(DEFAULT.maxSentenceWords);
        if (maxWords < 5) {
            f.errorAt("max_sentence_words", "'max_sentence_words' must be at least 5", "the default is max_sentence_words: 25");
        }
        List<String> vague = new ArrayList<>(DEFAULT_VAGUE_LINK_TEXT);
        f.stringList("vague_link_text").forEach(text -> vague.add(text.strip().toLowerCase(java.util.Locale.ROOT)));
        List<LanguageRule> language = new ArrayList<>(f.bool("language_defaults").orElse(true) ? DEFAULT_LANGUAGE : List.of());
        for (YamlFields entry : f.mappingList("language")) {
            entry.rejectUnknownKeys(RULE_KEYS, "in a lints.language entry");
            Optional<String> phrase = entry.requiredString("phrase", "add phrase: \"the words to avoid\"");
            Optional<String> suggest = entry.requiredString("suggest", "add suggest: \"what to write instead\"");
            if (phrase.isPresent() && suggest.isPresent()) {
                language.add(new LanguageRule(phrase.get(), suggest.get(), entry.line("phrase")));
            }
        }
        List<String> disabled = f.stringList("disable");
        for (String name : disabled) {
            if (!LINT_NAMES.contains(name)) {
                f.errorAt("disable", "unknown lint '" + name + "' in lints.disable",
                        org.harmkb.diagnostic.Suggestions.didYouMean(name, LINT_NAMES,
                                "known lints: " + String.join(", ", LINT_NAMES.stream().sorted().toList())));
            }
        }
        List<String> sourcesRequired = f.stringList("sources_required").stream()
                .map(folder -> folder.strip().replaceAll("^/+|/+$", "")).toList();
        return new LintSettings(maxGrade, maxSmog, maxWords, vague, language, Set.copyOf(disabled), sourcesRequired);
    }

    private static LanguageRule rule(String phrase, String suggestion) {
        return new LanguageRule(phrase, suggestion, 0);
    }
}
