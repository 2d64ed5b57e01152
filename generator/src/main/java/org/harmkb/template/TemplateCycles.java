package org.harmkb.template;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a template that includes itself, directly or through others, by following the literal names in
 * {@code include}, {@code extends}, {@code embed} and {@code import} tags. Pebble follows such a loop until
 * the stack overflows; this names the tag that closes the loop.
 */
final class TemplateCycles {

    /** The tag closing a loop: the template file it is in, its line, and the loop's template names in order. */
    record Cycle(Path file, int line, List<String> names) {
    }

    private static final Pattern REFERENCE = Pattern.compile("\\{%-?\\s*(?:include|extends|embed|import)\\s+[\"']([^\"']+)[\"']");

    private TemplateCycles() {
    }

    static Optional<Cycle> from(Path templateDir, String start) {
        return walk(templateDir, start, new ArrayList<>(), new HashSet<>());
    }

    private static Optional<Cycle> walk(Path templateDir, String name, List<String> trail, Set<String> finished) {
        if (finished.contains(name) || trail.size() > 100) {
            return Optional.empty();
        }
        trail.add(name);
        Path file = templateDir.resolve(name.endsWith(".peb") ? name : name + ".peb");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            text = "";
        }
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            String target = m.group(1).replaceAll("\\.peb$", "");
            if (trail.contains(target)) {
                List<String> loop = new ArrayList<>(trail.subList(trail.indexOf(target), trail.size()));
                loop.add(target);
                return Optional.of(new Cycle(file, lineOf(text, m.start()), loop));
            }
            Optional<Cycle> deeper = walk(templateDir, target, trail, finished);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        trail.remove(trail.size() - 1);
        finished.add(name);
        return Optional.empty();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
