package org.harmkb.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LintedPageTest {

    @Test
    void nodesAreTheDescendantsInDocumentOrder() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        Document document = Parser.builder(options).build().parse("""
                # A *heading*

                - one [link](a.md)
                  - nested **bold _and_ more**
                > quoted
                > > deeper `code`

                | a | b |
                |---|---|
                | ![x](y.png) | last |
                """);
        List<Node> expected = new ArrayList<>();
        document.getDescendants().forEach(expected::add);
        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(LintedPage.descendants(document)).containsExactlyElementsOf(expected);
        assertThat(LintedPage.descendants(Parser.builder().build().parse(""))).isEmpty();
    }
}
