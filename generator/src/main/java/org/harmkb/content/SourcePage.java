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
 * @param body        the markdown after the front matter, with {@code \n} line endings; null in a page
 *                    {@link #withoutBody() without it}, which is what the stages after markdown hold
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

    /**
     * The markdown after the front matter.
     *
     * @throws IllegalStateException on a page {@link #withoutBody() without it}: only the markdown stage reads the
     *                               markdown; the stages after it read what that stage made of it
     */
    public String body() {
        if (body == null) {
            throw new IllegalStateException(displayPath + ": this copy of the page has no markdown; only the markdown"
                    + " stage reads it (later stages read the rendered page)");
        }
        return body;
    }

    /**
     * This page without its markdown, equal to any other copy of it without: what the content set and the rendered
     * page hold once the markdown stage has read it, so that a build does not keep every page's markdown to its end
     * (0.7 GB at 100,000 pages).
     */
    public SourcePage withoutBody() {
        return body == null ? this : new SourcePage(file, displayPath, contentPath, url, slug, frontMatter, null, bodyLine);
    }

    public boolean isHome() {
        return url.equals("/");
    }

    public String title() {
        return frontMatter.title();
    }
}
