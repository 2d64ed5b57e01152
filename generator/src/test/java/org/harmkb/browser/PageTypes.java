package org.harmkb.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Names the type of a built page from its address (and, for redirects, support and section pages, its markup). */
final class PageTypes {

    private PageTypes() {
    }

    static String of(String sitePath, Path siteDir) {
        if (sitePath.equals("/")) {
            return "home";
        }
        if (isRedirect(sitePath, siteDir)) {
            return "redirect";
        }
        if (sitePath.endsWith(".html")) {
            return sitePath.substring(1, sitePath.length() - ".html".length());
        }
        String[] parts = sitePath.substring(1, sitePath.length() - 1).split("/");
        return switch (parts[0]) {
            case "topics", "glossary", "paths", "path", "series" -> parts.length == 1 ? parts[0] + "-index" : parts[0] + "-entry";
            case "a-z", "search" -> parts[0];
            default -> contains(sitePath, siteDir, "class=\"support-page\"") ? "support"
                    : contains(sitePath, siteDir, "id=\"section-pages\"") || contains(sitePath, siteDir, "id=\"section-start\"")
                            ? "section" : "article";
        };
    }

    private static boolean contains(String sitePath, Path siteDir, String marker) {
        return read(sitePath, siteDir).contains(marker);
    }

    static boolean isRedirect(String sitePath, Path siteDir) {
        return read(sitePath, siteDir).contains("http-equiv=\"refresh\"");
    }

    private static String read(String sitePath, Path siteDir) {
        try {
            return Files.readString(TestSites.file(siteDir, sitePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
