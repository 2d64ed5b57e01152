package org.harmkb.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a build puts the site's files. Two implementations: {@link SiteWriter} stages a complete new
 * folder and swaps it in (every {@code build}); {@link SiteUpdater} changes an existing output folder in
 * place, file by file, for the quick rebuilds of {@code serve}. Either way nothing is visible in the output
 * folder before {@link #commit()}, and {@link #discard()} leaves it as it was.
 *
 * <p>{@link #write}, {@link #copy} and {@link #keep} may be called from several threads at once.
 */
public interface SiteOutput extends AutoCloseable {

    /** Puts {@code bytes} at site path {@code sitePath}; a path ending in {@code /} gets {@code index.html}. */
    void write(String sitePath, byte[] bytes);

    /** Puts a copy of {@code source} at site path {@code sitePath}. */
    void copy(Path source, String sitePath);

    /**
     * Keeps the file the previous build wrote at {@code sitePath}: the caller knows it would write the same
     * bytes again.
     */
    void keep(String sitePath);

    /** The files (relative, as {@link #relativeFile} gives them) the folder holds once committed. */
    java.util.Set<String> files();

    /** Makes the new site visible in the output folder and reports which files changed. */
    OutputChanges commit() throws IOException;

    /** Throws away everything written since the output was opened. */
    void discard() throws IOException;

    @Override
    void close() throws IOException;

    /**
     * The file a site path is stored in, relative to the output folder: {@code /a/} → {@code a/index.html}.
     * Rejects paths that would leave the folder. Non-ASCII letters in slugs are percent-encoded in site paths
     * ({@code /%E4%B8%AD/}); the file gets the decoded name, which is what static hosts look up.
     */
    static String relativeFile(String sitePath) {
        String decoded = decodeNonAscii(sitePath);
        String relative = decoded.startsWith("/") ? decoded.substring(1) : decoded;
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative = relative + "index.html";
        }
        // Fast path for ordinary paths: every . or .. segment contains "./" or ends the path with ".".
        if (relative.indexOf('\\') < 0 && !relative.contains("//") && !relative.contains("./") && !relative.endsWith(".")
                && !relative.startsWith("/")) {
            return relative;
        }
        for (String part : relative.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..") || part.contains("\\")) {
                throw new IllegalArgumentException("site path escapes the output folder or is malformed: " + sitePath);
            }
        }
        return relative;
    }

    /** Decodes runs of {@code %XX} with XX at least 80 (UTF-8 bytes of non-ASCII characters); leaves the rest. */
    private static String decodeNonAscii(String sitePath) {
        if (sitePath.indexOf('%') < 0) {
            return sitePath;
        }
        StringBuilder out = new StringBuilder(sitePath.length());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < sitePath.length()) {
            int high = i + 2 < sitePath.length() && sitePath.charAt(i) == '%' ? Character.digit(sitePath.charAt(i + 1), 16) : -1;
            int low = high >= 8 ? Character.digit(sitePath.charAt(i + 2), 16) : -1;
            if (low >= 0) {
                bytes.write(high * 16 + low);
                i += 3;
                continue;
            }
            out.append(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
            bytes.reset();
            out.append(sitePath.charAt(i++));
        }
        return out.append(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }
}
