package org.harmkb.phrases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.harmkb.config.YamlFields;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.Suggestions;
import org.harmkb.link.LinkTargets;
import org.harmkb.link.Resolution;
import org.harmkb.lint.Prose;
import org.harmkb.lint.ReadabilityLint;
import org.harmkb.lint.Sentences;

/**
 * Reads and checks one {@code phrases.yaml}. Every problem is reported at its line: an unknown key, an unknown
 * pattern, want or channel, an article link that does not lead to the pattern's article, and (as a warning) a
 * phrase that reads above the site's grade. Which pattern articles have no phrases is {@link PhraseBooks}'
 * business: it needs every book.
 */
final class PhraseBookReader {

    static final String SOMETHING_ELSE = "something-else";
    private static final Set<String> TOP_KEYS = Set.of("default_channel", "channels", "wants", "concerns", "something_else");
    private static final Set<String> CHANNEL_KEYS = Set.of("label", "opening", "closing", "asks");
    private static final Set<String> WANT_KEYS = Set.of("label", "ask");
    private static final Set<String> CONCERN_KEYS = Set.of("label", "article", "say");
    /** Phrases shorter than this are not graded: the formula means nothing on a greeting or a sign-off. */
    static final int MIN_GRADED_WORDS = 6;

    private final SourcePage page;
    private final Map<String, SourcePage> patterns;
    private final LinkTargets targets;
    private final double maxGrade;
    private final Diagnostics diagnostics;

    /**
     * @param page     the page the phrases belong to ({@code index.md} beside them); article links are relative to it
     * @param patterns the pattern articles by slug
     */
    PhraseBookReader(SourcePage page, Map<String, SourcePage> patterns, LinkTargets targets, double maxGrade,
            Diagnostics diagnostics) {
        this.page = page;
        this.patterns = patterns;
        this.targets = targets;
        this.maxGrade = maxGrade;
        this.diagnostics = diagnostics;
    }

    /** The pattern keys under {@code concerns}, as written, even when the file has errors. */
    static Set<String> concernKeys(YamlFields file) {
        return file.has("concerns") ? new java.util.HashSet<>(file.mapping("concerns").map(YamlFields::keys).orElse(Set.of()))
                : Set.of();
    }

    /** The book, or empty when an error was reported (warnings leave it usable). */
    Optional<PhraseBook> read(YamlFields file) {
        int errorsBefore = diagnostics.errorCount();
        file.rejectUnknownKeys(TOP_KEYS, "in phrases.yaml");
        List<PhraseBook.Want> wants = wants(file);
        List<String> wantKeys = wants.stream().map(PhraseBook.Want::key).toList();
        List<PhraseBook.Channel> channels = channels(file, wantKeys);
        List<String> channelKeys = channels.stream().map(PhraseBook.Channel::key).toList();
        String defaultChannel = file.requiredString("default_channel",
                "add default_channel: with the channel whose opening and closing the draft uses before the reader picks one")
                .orElse("");
        if (!defaultChannel.isEmpty() && !channelKeys.contains(defaultChannel)) {
            file.errorAt("default_channel", "unknown channel '" + defaultChannel + "'",
                    Suggestions.didYouMean(defaultChannel, channelKeys, "channels here: " + String.join(", ", channelKeys)));
        }
        List<PhraseBook.Concern> concerns = concerns(file);
        Optional<PhraseBook.Concern> somethingElse = somethingElse(file);
        if (diagnostics.errorCount() > errorsBefore || somethingElse.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PhraseBook(defaultChannel, concerns, somethingElse.get(), wants, channels));
    }

    private List<PhraseBook.Want> wants(YamlFields file) {
        List<PhraseBook.Want> wants = new ArrayList<>();
        entries(file, "wants", "what the reader may ask for, e.g. talk: {label: ..., ask: ...}").forEach((key, want) -> {
            want.rejectUnknownKeys(WANT_KEYS, "in a want");
            String label = want.requiredString("label", "add label: with the words beside the checkbox").orElse("");
            String ask = phrase(want, "ask", "add ask: with the sentence that asks for it");
            wants.add(new PhraseBook.Want(key, label, ask));
        });
        return wants;
    }

    private List<PhraseBook.Channel> channels(YamlFields file, List<String> wantKeys) {
        List<PhraseBook.Channel> channels = new ArrayList<>();
        entries(file, "channels", "how the reader will say it, e.g. session: {label: ..., opening: ..., closing: ...}")
                .forEach((key, channel) -> {
                    channel.rejectUnknownKeys(CHANNEL_KEYS, "in a channel");
                    String label = channel.requiredString("label", "add label: with the words beside the radio button").orElse("");
                    String opening = phrase(channel, "opening", "add opening: with the first words of the draft");
                    String closing = phrase(channel, "closing", "add closing: with the last words of the draft");
                    List<PhraseBook.Ask> asks = new ArrayList<>();
                    channel.mapping("asks").ifPresent(own -> own.keys().forEach(want -> {
                        if (wantKeys.contains(want)) {
                            asks.add(new PhraseBook.Ask(want, phrase(own, want, "write the ask as this channel says it")));
                        } else {
                            own.errorAtKey(want, "unknown want '" + want + "'",
                                    Suggestions.didYouMean(want, wantKeys, "wants here: " + String.join(", ", wantKeys)));
                        }
                    }));
                    channels.add(new PhraseBook.Channel(key, label, opening, closing, asks));
                });
        return channels;
    }

    private List<PhraseBook.Concern> concerns(YamlFields file) {
        List<PhraseBook.Concern> concerns = new ArrayList<>();
        entries(file, "concerns", "one entry per pattern article, named by its slug").forEach((key, concern) -> {
            SourcePage pattern = patterns.get(key);
            if (pattern == null) {
                List<String> known = patterns.keySet().stream().sorted().toList();
                file.mapping("concerns").ifPresent(all -> all.errorAtKey(key, "unknown pattern '" + key + "'",
                        Suggestions.didYouMean(key, known, known.isEmpty()
                                ? "no article has 'pattern: true' in its front matter"
                                : "pattern articles (front matter 'pattern: true'): " + String.join(", ", known))));
                return;
            }
            concern.rejectUnknownKeys(CONCERN_KEYS, "in a concern");
            String label = concern.requiredString("label", "add label: with the words beside the checkbox").orElse("");
            String say = phrase(concern, "say", "add say: with one or two sentences the reader could say about it");
            concern.requiredString("article", "add article: with a link to " + relativeLink(pattern))
                    .ifPresent(href -> checkArticle(concern, href, pattern));
            concerns.add(new PhraseBook.Concern(key, label, say, pattern.url(), pattern.title()));
        });
        return concerns;
    }

    /** The article link is checked like a link in markdown, and must lead to the pattern's own article. */
    private void checkArticle(YamlFields concern, String href, SourcePage pattern) {
        Resolution resolved = targets.resolveHref(page, href);
        if (resolved instanceof Resolution.ToPage to && to.page().equals(pattern)) {
            return;
        }
        if (resolved instanceof Resolution.Missing missing) {
            concern.errorAt("article", "link target '" + href + "' does not exist",
                    missing.suggestion() == null ? "link to " + relativeLink(pattern) : "did you mean '" + missing.suggestion() + "'?");
        } else if (resolved instanceof Resolution.ToDraft) {
            concern.errorAt("article", "link target '" + href + "' is a draft and is not published", "link to " + relativeLink(pattern));
        } else {
            concern.errorAt("article", "'" + href + "' is not the article of pattern '" + pattern.slug() + "'",
                    "link to " + relativeLink(pattern));
        }
    }

    private Optional<PhraseBook.Concern> somethingElse(YamlFields file) {
        if (!file.has("something_else")) {
            file.requiredString("something_else", "add something_else: {label: Something else, say: ...}");
            return Optional.empty();
        }
        return file.mapping("something_else").map(other -> {
            other.rejectUnknownKeys(Set.of("label", "say"), "in something_else");
            String label = other.requiredString("label", "add label: Something else").orElse("");
            String say = phrase(other, "say", "add say: with a sentence that leaves room for the reader's own words");
            return new PhraseBook.Concern(SOMETHING_ELSE, label, say, "", "");
        });
    }

    /** The entries of a required group, by key, in the order written. */
    private static Map<String, YamlFields> entries(YamlFields file, String key, String hint) {
        Map<String, YamlFields> out = new java.util.LinkedHashMap<>();
        if (!file.has(key)) {
            file.requiredString(key, "add " + key + ": with " + hint);
            return out;
        }
        file.mapping(key).ifPresent(group -> group.keys().forEach(name -> group.mapping(name).ifPresent(
                entry -> out.put(name, entry))));
        return out;
    }

    /**
     * A required phrase; warns when it reads above the site's grade (phrases under {@value #MIN_GRADED_WORDS}
     * words are not graded). Line breaks inside it are kept: a closing may set out placeholders line by line.
     */
    private String phrase(YamlFields fields, String key, String hint) {
        String text = fields.requiredString(key, hint).map(String::strip).orElse("");
        ReadabilityLint.Grades grades = ReadabilityLint.grades(Sentences.of(new Prose(Prose.Kind.PARAGRAPH, text, new int[0])));
        double grade = grades.fleschKincaid();
        if (grades.words() >= MIN_GRADED_WORDS && grade > maxGrade) {
            fields.warningAt(key, String.format(Locale.ROOT, "phrase reads at grade %.1f (Flesch-Kincaid); the site's limit is %s",
                    grade, maxGrade == Math.rint(maxGrade) ? String.valueOf((int) maxGrade) : String.valueOf(maxGrade)),
                    "use shorter sentences and everyday words");
        }
        return text;
    }

    private String relativeLink(SourcePage pattern) {
        String from = page.contentPath();
        int depth = (int) from.chars().filter(c -> c == '/').count();
        return "../".repeat(depth) + pattern.contentPath();
    }
}
