package org.harmkb.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * Maps a request's path to a file inside the output folder the way static hosts do — {@code index.html}
 * for a folder, a redirect adding the slash to a folder named without one — and refuses anything that
 * could reach outside the folder: {@code ..} and {@code .} segments, also percent-encoded ({@code %2e%2e},
 * {@code ..%2f}), encoded slashes and backslashes, NUL bytes, drive letters, and symbolic links that lead
 * out. Stateless.
 */
final class RequestPaths {

    /** What a request path leads to. */
    sealed interface Target permits ServeFile, Redirect, NotFound {
    }

    /** A regular file inside the output folder. */
    record ServeFile(Path file) implements Target {
    }

    /** The same resource at another path, e.g. {@code /guides} → {@code /guides/}. */
    record Redirect(String location) implements Target {
    }

    /** Nothing to serve (or nothing that may be served). */
    record NotFound() implements Target {
    }

    private static final NotFound NOT_FOUND = new NotFound();

    private RequestPaths() {
    }

    /**
     * @param root     the output folder, absolute
     * @param basePath the site's base path, e.g. {@code /} or {@code /kb/}; only paths under it are served
     * @param rawPath  the request path exactly as sent, still percent-encoded; may be null
     */
    static Target resolve(Path root, String basePath, String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return NOT_FOUND;
        }
        if (!basePath.equals("/") && (rawPath.equals("/") || rawPath.equals(basePath.substring(0, basePath.length() - 1)))) {
            return new Redirect(basePath);
        }
        if (!rawPath.startsWith(basePath)) {
            return NOT_FOUND;
        }
        String rest = rawPath.substring(basePath.length());
        boolean folderRequest = rest.isEmpty() || rest.endsWith("/");
        Path candidate = root;
        if (!rest.isEmpty()) {
            String[] segments = (folderRequest ? rest.substring(0, rest.length() - 1) : rest).split("/", -1);
            for (String raw : segments) {
                Optional<String> segment = decode(raw).filter(RequestPaths::isSafeSegment);
                if (segment.isEmpty()) {
                    return NOT_FOUND;
                }
                candidate = candidate.resolve(segment.get());
            }
        }
        if (!candidate.normalize().startsWith(root)) {
            return NOT_FOUND;
        }
        if (Files.isDirectory(candidate, LinkOption.NOFOLLOW_LINKS)) {
            if (!folderRequest) {
                return new Redirect(rawPath + "/");
            }
            candidate = candidate.resolve("index.html");
        } else if (folderRequest && !rest.isEmpty()) {
            return NOT_FOUND;
        }
        return Files.isRegularFile(candidate) && staysInside(root, candidate) ? new ServeFile(candidate) : NOT_FOUND;
    }

    /** A segment that names one entry of the folder it is in, on every operating system. */
    private static boolean isSafeSegment(String segment) {
        return !segment.isEmpty() && !segment.equals(".") && !segment.equals("..")
                && segment.indexOf('/') < 0 && segment.indexOf('\\') < 0 && segment.indexOf('\0') < 0
                && segment.indexOf(':') < 0;
    }

    /** Follows symbolic links: the real file must still be inside the real output folder. */
    private static boolean staysInside(Path root, Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** Strict percent-decoding of one segment as UTF-8; malformed escapes or bytes give empty. */
    static Optional<String> decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return Optional.of(raw);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
