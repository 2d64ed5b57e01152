package org.harmkb.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The extractor copies a text node straight from the page's {@code String}, a whole stretch at once when the page
 * has no NUL. Parsed from a {@code StringBuilder} instead, the same markdown goes through the sequence's own
 * {@code charAt} and {@code getIndexOffset}, which define what the text and its offsets are: both must agree.
 */
class ProseExtractorTest {

    private static final Parser PARSER = parser();

    private static Parser parser() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        return Parser.builder(options).build();
    }

    private static final String[] PIECES = {"word", "Word", " ", "  ", "\n", "\r\n", "\n\n", "# ", "## ", "- ", "1. ",
        "> ", "*", "**", "_", "`code`", "[link](a.md)", "![alt](i.png)", "<b>", "</b>", "&amp;", "&#8212;", "&bogus;",
        "\\*", "\\", "\0", "é", "\u2019", "\u201c", "\uD83D\uDE00", "|", "| a | b |\n|---|---|\n| c | d |\n",
        "<https://example.org>", ".", "!", "?", "\t", "    indented\n", "```\nfenced\n```\n"};

    @Test
    void copiedTextAndOffsetsAreWhatTheSequenceGives() {
        Random random = new Random(38);
        int withNul = 0;
        for (int run = 0; run < 3_000; run++) {
            StringBuilder markdown = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                markdown.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = markdown.toString();
            withNul += text.indexOf('\0') >= 0 ? 1 : 0;
            assertSameProse(text);
        }
        assertThat(withNul).as("documents with a NUL, which take the character-by-character path").isGreaterThan(100);
    }

    @Test
    void aPageWithANulReadsItAsReplacementCharacterEverywhere() {
        String markdown = "A para\0graph with *emph\0asis* and more.\n\n# Head\0ing\n";
        List<Prose> prose = extract(PARSER.parse(markdown));
        assertThat(prose).extracting(Prose::text)
                .containsExactly("A para\uFFFDgraph with emph\uFFFDasis and more.", "Head\uFFFDing");
        assertSameProse(markdown);
    }

    private static void assertSameProse(String markdown) {
        Document fromString = PARSER.parse(markdown);
        Document fromBuilder = PARSER.parse(BasedSequence.of(new StringBuilder(markdown)));
        assertThat(fromBuilder.getChars().getBase()).as("the reference parse is not over a String")
                .isNotInstanceOf(String.class);
        List<Prose> expected = extract(fromBuilder);
        List<Prose> actual = extract(fromString);
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.size(); i++) {
            assertThat(actual.get(i).text()).as("[%s] block %d", markdown, i).isEqualTo(expected.get(i).text());
            assertThat(actual.get(i).offsets()).as("[%s] block %d", markdown, i).isEqualTo(expected.get(i).offsets());
            assertThat(actual.get(i).kind()).isEqualTo(expected.get(i).kind());
        }
    }

    private static List<Prose> extract(Document document) {
        return ProseExtractor.extract(LintedPage.descendants(document));
    }
}
