package org.harmkb.config;

import java.util.Optional;
import org.harmkb.diagnostic.Diagnostics;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/** Parses YAML text into position-aware {@link YamlFields}, turning syntax errors into diagnostics. */
public final class YamlDocument {

    /** Deepest nesting of lists and maps accepted; the config needs 3 levels, front matter 2. */
    static final int MAX_DEPTH = 32;

    private YamlDocument() {
    }

    /**
     * Parses {@code text} whose first line is line {@code lineOffset + 1} of the file at {@code path}.
     * Returns empty after reporting a diagnostic when the YAML is invalid or not a mapping. An empty
     * document yields an empty mapping only if {@code allowEmpty}.
     */
    public static Optional<YamlFields> parseMapping(String text, String path, int lineOffset, Diagnostics diagnostics) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(path)
                .setMaxAliasesForCollections(20)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(4 * 1024 * 1024)
                .build();
        Optional<Node> root;
        try {
            // One parse: the composer reads the events as the depth limit lets them through.
            root = new Composer(settings, new DepthLimitedParser(new ParserImpl(settings, new StreamReader(settings, text)),
                    MAX_DEPTH)).getSingleNode();
        } catch (DepthLimitedParser.TooDeep e) {
            diagnostics.error(path, e.mark().map(Mark::getLine).orElse(0) + 1 + lineOffset,
                    e.mark().map(Mark::getColumn).orElse(0) + 1,
                    "YAML here is nested more than " + MAX_DEPTH + " levels deep",
                    "flatten the value: lists and maps nested this deep are never needed here");
            return Optional.empty();
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            int line = mark == null ? lineOffset + 1 : mark.getLine() + 1 + lineOffset;
            int column = mark == null ? 1 : mark.getColumn() + 1;
            diagnostics.error(path, line, column, "invalid YAML: " + describe(e),
                    "check the indentation and quoting here; text containing ': ' or starting with a quote must be wrapped in double quotes");
            return Optional.empty();
        } catch (YamlEngineException e) {
            diagnostics.error(path, lineOffset + 1, 1, "invalid YAML: " + e.getMessage(), "check the YAML syntax");
            return Optional.empty();
        } catch (StackOverflowError e) {
            // The depth limit above should prevent this; a diagnostic is still better than a dead build.
            diagnostics.pageFailed(path, lineOffset + 1, "read its YAML", e);
            return Optional.empty();
        }
        if (root.isEmpty() || root.get() instanceof ScalarNode s && Tag.NULL.equals(s.getTag()) && s.getValue().isBlank()) {
            return Optional.of(new YamlFields(new MappingNode(Tag.MAP, java.util.List.of(),
                    org.snakeyaml.engine.v2.common.FlowStyle.BLOCK), path, lineOffset, diagnostics));
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            int line = root.get().getStartMark().map(Mark::getLine).orElse(0) + 1 + lineOffset;
            diagnostics.error(path, line, 1, "expected 'key: value' lines but found a single value or a list",
                    "write one 'key: value' per line");
            return Optional.empty();
        }
        return Optional.of(new YamlFields(mapping, path, lineOffset, diagnostics));
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem();
        String context = e.getContext();
        if (problem == null || problem.isBlank()) {
            return context == null ? "syntax error" : context;
        }
        return context == null || context.isBlank() ? problem : problem + " (" + context + ")";
    }
}
