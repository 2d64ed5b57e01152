package org.harmkb.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code search:} section of the config: how much each field counts and which everyday phrases mean
 * the same as a clinical term.
 *
 * <pre>
 * search:
 *   boosts: {title: 10, headings: 4, description: 2, tags: 2, body: 1}
 *   synonyms:
 *     - "retraumatised, reliving trauma, made to relive"
 *   default_synonyms: true   # keep the built-in list (false: only yours)
 *   max_pack_kb: 16          # only for hosts that ignore Range requests (see README)
 * </pre>
 *
 * @param boosts    field name to boost, in the fixed field order title, headings, description, body, tags
 * @param synonyms  the groups in force (the defaults first unless turned off), each with where it was written
 * @param maxPackKb the largest index pack file in KiB, or 0 for the built-in size ({@code IndexLayout.DEFAULT})
 */
public record SearchSettings(Map<String, Float> boosts, List<SynonymGroup> synonyms, int maxPackKb) {

    static final Set<String> KEYS = Set.of("boosts", "synonyms", "default_synonyms", "max_pack_kb");

    /** The smallest pack cap accepted: below it a query needs many files even with Range. */
    public static final int MIN_PACK_KB = 16;

    public SearchSettings(Map<String, Float> boosts, List<SynonymGroup> synonyms) {
        this(boosts, synonyms, 0);
    }

    /** These settings with {@code groups} in place of the synonym groups. */
    public SearchSettings withSynonyms(List<SynonymGroup> groups) {
        return new SearchSettings(boosts, groups, maxPackKb);
    }

    /** The indexed fields, in the order the index and the client use. */
    public static final List<String> FIELDS = List.of("title", "headings", "description", "body", "tags");

    /** Title far above headings, above description and tags, above body. */
    public static final Map<String, Float> DEFAULT_BOOSTS = orderedBoosts(Map.of(
            "title", 10f, "headings", 4f, "description", 2f, "body", 1f, "tags", 2f));

    /**
     * Lay phrases for the clinical words this site uses, so a reader who does not know the term still
     * finds the article. Each string is one group of phrases that mean the same.
     */
    public static final List<String> DEFAULT_SYNONYMS = List.of(
            "retraumatised, retraumatized, retraumatisation, retraumatization, reliving trauma, relive trauma, made to relive, relived the trauma",
            "pathologising, pathologizing, pathologised, pathologized, treated as a disorder, treated as an illness, labelled as disordered, made out to be ill",
            "iatrogenic harm, iatrogenic, harm caused by therapy, harmed by therapy, hurt by therapy, harm from therapy, therapy harm",
            "somatic, body-focused, body focused, body work, bodywork, body-based, body based",
            "manualised, manualized, one-size-fits-all, one size fits all, protocol-driven, by the book",
            "locus of evaluation, self-trust, trusting yourself, trust yourself, inner compass, own judgement",
            "therapist, counsellor, counselor, psychotherapist",
            "complaint, complain, report a therapist, report my therapist",
            "minoritised, minoritized, marginalised, marginalized",
            "anti-oppressive, anti oppressive, antioppressive",
            "person-centred, person centred, person-centered, client-centred, client-centered",
            "self-advocacy, speaking up for yourself, standing up for yourself, speak up for yourself, stand up for yourself",
            "dissociation, dissociating, dissociate, zoning out, spacing out",
            "neurodivergent, neurodivergence, neurodiverse",
            "rupture and repair, falling out with my therapist, fell out with my therapist",
            "window of tolerance, overwhelmed, too much to cope with",
            "gaslighting, gaslit, made to doubt yourself, doubt my own memory",
            "informed consent, permission, agreeing to treatment");

    public static final SearchSettings DEFAULT = new SearchSettings(DEFAULT_BOOSTS, defaultGroups());

    public SearchSettings {
        boosts = orderedBoosts(boosts);
        synonyms = List.copyOf(synonyms);
    }

    /**
     * One synonym group as written.
     *
     * @param phrases the phrases, trimmed, at least two
     * @param path    where it was written ({@code null} for a built-in group)
     */
    public record SynonymGroup(List<String> phrases, String path, int line, int column) {

        public SynonymGroup {
            phrases = List.copyOf(phrases);
        }

        public boolean builtIn() {
            return path == null;
        }
    }

    static SearchSettings read(Optional<YamlFields> section) {
        if (section.isEmpty()) {
            return DEFAULT;
        }
        YamlFields f = section.get();
        f.rejectUnknownKeys(KEYS, "in search");
        Map<String, Float> boosts = new LinkedHashMap<>(DEFAULT_BOOSTS);
        f.mapping("boosts").ifPresent(b -> readBoosts(b, boosts));
        List<SynonymGroup> groups = new ArrayList<>();
        if (f.bool("default_synonyms").orElse(true)) {
            groups.addAll(defaultGroups());
        }
        for (String item : f.stringList("synonyms")) {
            List<String> phrases = split(item);
            if (phrases.size() < 2) {
                f.errorAt("synonyms", "synonym group '" + item + "' needs at least two phrases",
                        "separate the phrases with commas, e.g. \"retraumatised, reliving trauma\"");
                continue;
            }
            groups.add(new SynonymGroup(phrases, f.path(), f.valueLine("synonyms"), f.valueColumn("synonyms")));
        }
        int maxPackKb = 0;
        var cap = f.integer("max_pack_kb");
        if (cap.isPresent() && cap.getAsInt() < MIN_PACK_KB) {
            f.errorAt("max_pack_kb", "max_pack_kb must be at least " + MIN_PACK_KB + ", not " + cap.getAsInt(),
                    "16 keeps a query near Pagefind's bytes on a host that ignores Range; leave it out otherwise");
        } else if (cap.isPresent()) {
            maxPackKb = cap.getAsInt();
        }
        return new SearchSettings(boosts, groups, maxPackKb);
    }

    private static void readBoosts(YamlFields b, Map<String, Float> boosts) {
        b.rejectUnknownKeys(FIELDS, "in search.boosts");
        for (String field : FIELDS) {
            b.string(field).ifPresent(text -> {
                float value;
                try {
                    value = Float.parseFloat(text.trim());
                } catch (NumberFormatException e) {
                    value = Float.NaN;
                }
                if (!(value > 0) || Float.isInfinite(value)) {
                    b.errorAt(field, "boost '" + field + "' must be a positive number, not '" + text + "'",
                            "for example " + field + ": " + DEFAULT_BOOSTS.get(field).intValue());
                    return;
                }
                boosts.put(field, value);
            });
        }
    }

    private static List<SynonymGroup> defaultGroups() {
        return DEFAULT_SYNONYMS.stream().map(s -> new SynonymGroup(split(s), null, 0, 0)).toList();
    }

    private static List<String> split(String group) {
        List<String> out = new ArrayList<>();
        for (String part : group.split(",")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    private static Map<String, Float> orderedBoosts(Map<String, Float> boosts) {
        Map<String, Float> ordered = new LinkedHashMap<>();
        for (String field : FIELDS) {
            ordered.put(field, boosts.getOrDefault(field, 1f));
        }
        return java.util.Collections.unmodifiableMap(ordered);
    }

    /** The boost of each field in {@link #FIELDS} order. */
    public float[] boostArray() {
        float[] out = new float[FIELDS.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = boosts.get(FIELDS.get(i));
        }
        return out;
    }
}
