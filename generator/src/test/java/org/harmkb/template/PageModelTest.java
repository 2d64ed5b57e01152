package org.harmkb.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PageModelTest {

    /** Pebble words, and names the theme binds itself (loops, {@code set}, include parameters). */
    private static final Set<String> NOT_MODEL_VARIABLES = Set.of("is", "not", "defined", "null", "empty", "and", "or", "in",
            "true", "false", "loop", "if", "elseif", "for", "else");

    private static final Pattern TAG = Pattern.compile("\\{\\{(.*?)}}|\\{%-?\\s*(?:if|elseif|for|set)\\b(.*?)-?%}", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"[^\"]*\"|'[^']*'");
    /** A name at the start of an expression: not after a dot (an attribute), and not a function call. */
    private static final Pattern ROOT_NAME = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)\\b(?!\\s*\\()");
    private static final Pattern BOUND = Pattern.compile("\\{%-?\\s*(?:for\\s+(\\w+)(?:\\s*,\\s*(\\w+))?\\s+in|set\\s+(\\w+)\\s*=)"
            + "|with\\s*\\{\\s*\"(\\w+)\"");

    @Test
    void everyVariableTheThemeReadsIsAComponent() throws IOException {
        String themeText = themeTemplates();
        Set<String> bound = new TreeSet<>();
        Matcher b = BOUND.matcher(themeText);
        while (b.find()) {
            for (int g = 1; g <= b.groupCount(); g++) {
                if (b.group(g) != null) {
                    bound.add(b.group(g));
                }
            }
        }
        Set<String> read = new TreeSet<>();
        Matcher tag = TAG.matcher(themeText);
        while (tag.find()) {
            String expression = STRING.matcher(tag.group(1) != null ? tag.group(1) : tag.group(2)).replaceAll("''")
                    .replaceAll("\\|\\s*\\w+", "").replaceAll("\\.\\s+", ".");
            Matcher name = ROOT_NAME.matcher(expression);
            while (name.find()) {
                read.add(name.group(1));
            }
        }
        read.removeAll(NOT_MODEL_VARIABLES);
        read.removeAll(bound);

        assertThat(read).contains("site", "page", "graph", "breadcrumbs", "prepareLink", "target", "letters");
        assertThat(componentNames()).containsAll(read);
    }

    @Test
    void contextHoldsEverySetComponentUnderItsNameAndLeavesUnsetOnesUndefined() {
        PageView page = PageView.generated("Topics", "Every topic.", new PageView.Address("/topics/", "/kb/topics/",
                "https://example.org/kb/topics/"));
        PageModel model = PageModel.builder().page(page).topics(List.of()).sectionTitles("{}").build();

        assertThat(model.context()).containsOnlyKeys("page", "topics", "sectionTitles")
                .containsEntry("page", page).containsEntry("topics", List.of()).containsEntry("sectionTitles", "{}");
        assertThat(model.toBuilder().build()).isEqualTo(model);
    }

    @Test
    void aModelWithEveryComponentSetHasAContextEntryForEachComponentName() {
        PageModel.Builder builder = PageModel.builder();
        PageModel full = new PageModel(null, null, null, null, null, null, null, null, null, null, List.of(), "", List.of(),
                null, List.of(), List.of(), null, List.of(), List.of(), null);
        assertThat(full.context()).containsOnlyKeys("prepareLinks", "sectionTitles", "topics", "articles", "paths",
                "entries", "letters");
        assertThat(componentNames()).hasSize(20).doesNotHaveDuplicates();
        assertThat(builder.build().context()).isEmpty();
    }

    @Test
    void pageTemplatesReadTheAddressAndDatesThroughThePageItself() {
        PageView page = new PageView("T", "D", new PageView.Address("/a/", "/kb/a/", "https://x/kb/a/"), "<p>", null,
                List.of(), new PageView.Dates("2026-01-02", null, "2026-02-03", null), List.of());
        assertThat(List.of(page.url(), page.href(), page.canonicalUrl(), page.date(), page.lastReviewed()))
                .containsExactly("/a/", "/kb/a/", "https://x/kb/a/", "2026-01-02", "2026-02-03");
        assertThat(page.updated()).isNull();
    }

    private static Set<String> componentNames() {
        return Arrays.stream(PageModel.class.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String themeTemplates() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("theme/templates"))) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(f -> f.toString().endsWith(".peb")).sorted().toList()) {
                // Comments may name variables that are not read.
                text.append(Files.readString(file).replaceAll("(?s)\\{#.*?#}", "")).append('\n');
            }
            return text.toString();
        }
    }
}
