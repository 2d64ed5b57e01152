package org.harmkb.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The prefiltered autolink extension must render exactly what Flexmark's own extension renders. */
class AutolinkExtensionTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Visit https://example.org/a_b?x=1. Then stop.",
        "See www.example.org and WWW.EXAMPLE.ORG/page, or wWw.mixed.org.",
        "Write to someone@example.org or to a+b@sub.example.co.uk.",
        "A scheme only: https:// and ftp://files.example.org/x",
        "Plain text with no link, a colon: here and an @ sign alone.",
        "`https://in.code/` and [text](https://explicit.example/) and <https://angle.example/>",
        "*emphasis https://inside.example/ emphasis* and **www.bold.example**",
        "Escaped \\_underscore\\_ https://example.org/\\_x and trailing www.",
        "Backslashes \\\\ \\\\\\\\ w\\ww.x ww\\w.y \\www.z.org a\\@b.org c\\:d https\\://e.org www\\.f.org\\",
        "Escaped dot www\\.example.org and entity mail&#64;example.org and https&#58;//entity.example/",
        "Line one\nhttps://split.example/ line two\n\n- list www.item.example\n\n| a | https://cell.example/ |\n|---|---|\n| 1 | 2 |",
    })
    void rendersLikeFlexmarksAutolinkExtension(String markdown) {
        String stock = render(markdown, com.vladsch.flexmark.ext.autolink.AutolinkExtension.create());
        String ours = render(markdown, AutolinkExtension.create());
        assertThat(ours).isEqualTo(stock);
    }

    @Test
    void findsLinksThePrefilterMustNotSkip() {
        assertThat(render("go to www.example.org now", AutolinkExtension.create()))
                .contains("<a href=\"http://www.example.org\">www.example.org</a>");
    }

    private static String render(String markdown, Extension autolink) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(autolink, com.vladsch.flexmark.ext.tables.TablesExtension.create()));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }
}
