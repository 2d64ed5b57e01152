package org.harmkb.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.Suggestions;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Typed, position-aware reads from one YAML mapping. Every problem (wrong type, impossible date, unknown
 * or duplicate key) is reported to the {@link Diagnostics} at the line and column of the offending key
 * or value, and the read returns empty so the caller can go on collecting further problems.
 */
public final class YamlFields {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final String path;
    private final int lineOffset;
    private final Diagnostics diagnostics;
    private final Node node;

    YamlFields(MappingNode mapping, String path, int lineOffset, Diagnostics diagnostics) {
        this.node = mapping;
        this.path = path;
        this.lineOffset = lineOffset;
        this.diagnostics = diagnostics;
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                error(keyNode, "a key must be a plain word", "write keys as 'name: value'");
                continue;
            }
            if (entries.containsKey(scalar.getValue())) {
                error(keyNode, "key '" + scalar.getValue() + "' appears more than once",
                        "keep one '" + scalar.getValue() + ":' line and delete the other");
                continue;
            }
            entries.put(scalar.getValue(), tuple);
        }
    }

    /** The path diagnostics name for this mapping's file. */
    public String path() {
        return path;
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Reports every key not in {@code allowed} as an error with a "did you mean" hint. */
    public void rejectUnknownKeys(Collection<String> allowed, String where) {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                String hint = Suggestions.didYouMean(entry.getKey(), allowed,
                        "known keys " + where + ": " + String.join(", ", allowed.stream().sorted().toList()));
                error(entry.getValue().getKeyNode(), "unknown key '" + entry.getKey() + "' " + where, hint);
            }
        }
    }

    /** 1-based line of {@code key} in the file, or of the mapping itself when the key is absent. */
    public int line(String key) {
        return lineOf(entries.containsKey(key) ? entries.get(key).getKeyNode() : node);
    }

    public int column(String key) {
        return columnOf(entries.containsKey(key) ? entries.get(key).getKeyNode() : node);
    }

    /** The 1-based line and column of the value of {@code key}; the mapping's start when absent. */
    public int valueLine(String key) {
        return entries.containsKey(key) ? lineOf(entries.get(key).getValueNode()) : lineOf(node);
    }

    public int valueColumn(String key) {
        return entries.containsKey(key) ? columnOf(entries.get(key).getValueNode()) : columnOf(node);
    }

    /** A scalar value as text. Absent or null values are empty; a list or mapping is an error. */
    public Optional<String> string(String key) {
        Node value = value(key);
        if (value == null || isNull(value)) {
            return Optional.empty();
        }
        if (value instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        error(value, "'" + key + "' must be text, not a " + kind(value), "write it as " + key + ": \"your text\"");
        return Optional.empty();
    }

    /** Like {@link #string} but reports a missing or blank value. */
    public Optional<String> requiredString(String key, String hint) {
        if (!entries.containsKey(key)) {
            diagnostics.error(path, lineOf(node), columnOf(node), "missing required key '" + key + "'", hint);
            return Optional.empty();
        }
        Optional<String> text = string(key);
        if (text.isPresent() && text.get().isBlank() || text.isEmpty() && isNull(value(key))) {
            error(valueOrKey(key), "'" + key + "' must not be empty", hint);
            return Optional.empty();
        }
        return text;
    }

    /** A list of scalars. A single scalar is an error with a hint showing list syntax. */
    public List<String> stringList(String key) {
        Node value = value(key);
        if (value == null || isNull(value)) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            error(value, "'" + key + "' must be a list, not " + (value instanceof ScalarNode ? "a single value" : "a " + kind(value)),
                    "write it as " + key + ": [first, second]");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && !isNull(item)) {
                out.add(scalar.getValue());
            } else {
                error(item, "every item of '" + key + "' must be text, not a " + kind(item), "write each item as plain text");
            }
        }
        return List.copyOf(out);
    }

    /** A {@code YYYY-MM-DD} date that exists in the calendar. */
    public Optional<LocalDate> date(String key) {
        Node value = value(key);
        if (value == null || isNull(value)) {
            return Optional.empty();
        }
        if (!(value instanceof ScalarNode scalar) || !ISO_DATE.matcher(scalar.getValue().trim()).matches()) {
            error(value, "'" + key + "' must be a date written YYYY-MM-DD", "for example " + key + ": 2026-03-14");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(scalar.getValue().trim()));
        } catch (DateTimeParseException e) {
            error(value, "'" + key + "' is not a real date: " + scalar.getValue().trim(),
                    "check the month (01-12) and the day of the month");
            return Optional.empty();
        }
    }

    public Optional<Boolean> bool(String key) {
        Node value = value(key);
        if (value == null || isNull(value)) {
            return Optional.empty();
        }
        if (value instanceof ScalarNode scalar && Tag.BOOL.equals(value.getTag())) {
            return Optional.of(Boolean.parseBoolean(scalar.getValue().toLowerCase()));
        }
        error(value, "'" + key + "' must be true or false", "write " + key + ": true or " + key + ": false, without quotes");
        return Optional.empty();
    }

    public OptionalInt integer(String key) {
        Node value = value(key);
        if (value == null || isNull(value)) {
            return OptionalInt.empty();
        }
        if (value instanceof ScalarNode scalar && Tag.INT.equals(value.getTag())) {
            try {
                return OptionalInt.of(Integer.parseInt(scalar.getValue()));
            } catch (NumberFormatException e) {
                // falls through to the error below: too large for an int
            }
        }
        error(value, "'" + key + "' must be a whole number", "write it as " + key + ": 2, without quotes");
        return OptionalInt.empty();
    }

    /** A nested mapping, or empty with an error if the value is of another kind. */
    public Optional<YamlFields> mapping(String key) {
        Node value = value(key);
        if (value == null || isNull(value)) {
            return Optional.empty();
        }
        if (value instanceof MappingNode map) {
            return Optional.of(new YamlFields(map, path, lineOffset, diagnostics));
        }
        error(value, "'" + key + "' must be a group of 'name: value' lines, not a " + kind(value),
                "indent the entries of '" + key + "' below it");
        return Optional.empty();
    }

    /** A list of mappings, e.g. a list of helplines. Items of another kind are errors. */
    public List<YamlFields> mappingList(String key) {
        Node value = value(key);
        if (value == null || isNull(value)) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            error(value, "'" + key + "' must be a list of entries", "start each entry with '- name: value'");
            return List.of();
        }
        List<YamlFields> out = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode map) {
                out.add(new YamlFields(map, path, lineOffset, diagnostics));
            } else {
                error(item, "every entry of '" + key + "' must be a group of 'name: value' lines", "start each entry with '- name: value'");
            }
        }
        return List.copyOf(out);
    }

    /** Reports an error at the value of {@code key} (or at the key when it has no value). */
    public void errorAt(String key, String message, String hint) {
        error(valueOrKey(key), message, hint);
    }

    /**
     * Reports an error at item {@code index} (0-based) of the list under {@code key}, so each bad item of a
     * list is reported on its own line and column; at the value of {@code key} when there is no such item.
     */
    public void errorAtItem(String key, int index, String message, String hint) {
        Node value = value(key);
        if (value instanceof SequenceNode sequence && index >= 0 && index < sequence.getValue().size()) {
            error(sequence.getValue().get(index), message, hint);
        } else {
            errorAt(key, message, hint);
        }
    }

    /** Reports an error at {@code key} itself, e.g. a badly formed name in a map of names. */
    public void errorAtKey(String key, String message, String hint) {
        NodeTuple tuple = entries.get(key);
        error(tuple == null ? node : tuple.getKeyNode(), message, hint);
    }

    public void warningAt(String key, String message, String hint) {
        Node at = valueOrKey(key);
        diagnostics.warning(path, lineOf(at), columnOf(at), message, hint);
    }

    private Node value(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? null : tuple.getValueNode();
    }

    private Node valueOrKey(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return node;
        }
        Node value = tuple.getValueNode();
        return value.getStartMark().isPresent() && !isNull(value) ? value : tuple.getKeyNode();
    }

    private void error(Node at, String message, String hint) {
        diagnostics.error(path, lineOf(at), columnOf(at), message, hint);
    }

    private int lineOf(Node at) {
        return at.getStartMark().map(Mark::getLine).orElse(0) + 1 + lineOffset;
    }

    private int columnOf(Node at) {
        return at.getStartMark().map(Mark::getColumn).orElse(0) + 1;
    }

    private static boolean isNull(Node value) {
        return value instanceof ScalarNode scalar && Tag.NULL.equals(value.getTag())
                && scalar.getScalarStyle() == ScalarStyle.PLAIN;
    }

    private static String kind(Node value) {
        if (value instanceof SequenceNode) {
            return "list";
        }
        if (value instanceof MappingNode) {
            return "group of keys";
        }
        return "single value";
    }
}
