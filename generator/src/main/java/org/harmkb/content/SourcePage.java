package org.harmkb.content;

import java.nio.file.Path;

/**
 * One markdown file, split and validated, ready for rendering.
 *
 * @param file        absolute path of the markdown file
 * @param displayPath the path diagnostics print, relative to the working directory
 * @param contentPath path relative to the content folder with forward slashes, e.g. {@code rights/complaints.md}
 * @param url         site path of the page, starting and ending with {@code /}, e.g. {@code /rights/complaints/}
 * @param slug        the file's slug, e.g. {@code complaints}; a folder's {@code index.md} takes the folder's slug
 * @param body        the markdown after the front matter, with {@code \n} line endings
 * @param bodyLine    the 1-based line of the file on which {@code body} starts
 */
public record SourcePage(
        Path file,
        String displayPath,
        String contentPath,
        String url,
        String slug,
        FrontMatter frontMatter,
        String body,
        int bodyLine) {

    public boolean isHome() {
        return url.equals("/");
    }

    public String title() {
        return frontMatter.title();
    }
}
