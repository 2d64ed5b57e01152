package org.harmkb.content;

import java.nio.file.Path;

/**
 * A non-markdown file beside the articles (an image, a PDF), copied next to its pages.
 *
 * @param sitePath where it is published, e.g. {@code /rights/letter-template.pdf}
 */
public record StaticFile(Path file, String contentPath, String sitePath) {
}
