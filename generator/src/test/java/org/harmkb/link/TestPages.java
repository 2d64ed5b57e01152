package org.harmkb.link;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.harmkb.content.FrontMatter;
import org.harmkb.content.SourcePage;

/** Source pages for unit tests of the link stage, without reading files. */
public final class TestPages {

    private TestPages() {
    }

    /** A page at {@code contentPath} (e.g. {@code rights/complaints.md}) with the given title and body. */
    public static SourcePage page(String contentPath, String title, String body) {
        return page(contentPath, title, body, false);
    }

    static SourcePage draft(String contentPath, String title) {
        return page(contentPath, title, "", true);
    }

    private static SourcePage page(String contentPath, String title, String body, boolean draft) {
        String withoutExtension = contentPath.substring(0, contentPath.length() - 3);
        String url = withoutExtension.equals("index") ? "/"
                : withoutExtension.endsWith("/index") ? "/" + withoutExtension.substring(0, withoutExtension.length() - 5)
                : "/" + withoutExtension + "/";
        String trimmed = url.equals("/") ? "index" : url.substring(0, url.length() - 1);
        String slug = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        FrontMatter frontMatter = new FrontMatter(title, "About " + title + ".", List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), draft, Optional.empty(), OptionalInt.empty(), List.of(),
                List.of(), false, Map.of(), List.of());
        return new SourcePage(Path.of("/site/content/" + contentPath), "content/" + contentPath, contentPath, url, slug,
                frontMatter, body, 5);
    }
}
