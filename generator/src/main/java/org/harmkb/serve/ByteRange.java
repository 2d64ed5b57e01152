package org.harmkb.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One satisfiable byte range of a file, {@code start} to {@code end} inclusive, as a {@code Range: bytes=…}
 * request header asks for it (RFC 9110 §14). Servers here answer ranges the way nginx and Apache do, one range
 * as a 206 with that range, several as one 206 {@code multipart/byteranges} response, so the search client's
 * {@code Range} reads behave the same under {@code serve}, in tests and in production.
 */
public record ByteRange(long start, long end) {

    /** One range spec: first-last, or a suffix ({@code -n}). */
    private static final Pattern SPEC = Pattern.compile("([0-9]+)-([0-9]*)|-([0-9]+)");

    private static final String UNIT = "bytes=";

    /**
     * More ranges than this in one header get the whole file, as Apache's {@code MaxRanges} does: a client
     * asking for thousands of tiny pieces is better served by the file.
     */
    public static final int MAX_RANGES = 100;

    /** What a server answers to a request's {@code Range} header for a file of a given length. */
    public sealed interface Outcome permits Whole, Partial, Multipart, Unsatisfiable {
    }

    /**
     * No usable range (absent, malformed, another unit, too many ranges, or ranges adding up to more than the
     * file, which only overlapping ones can): send the whole file with 200.
     */
    public record Whole() implements Outcome {
    }

    /** Send only {@code range} with 206 and {@link #contentRange()}. */
    public record Partial(ByteRange range, long total) implements Outcome {

        /** The {@code Content-Range} value, e.g. {@code bytes 0-99/1234}. */
        public String contentRange() {
            return range.contentRange(total);
        }
    }

    /**
     * Two or more ranges that select something, in the order asked: send them with 206 as one
     * {@code multipart/byteranges} body ({@link #body}). Ranges that select nothing are left out.
     */
    public record Multipart(List<ByteRange> ranges, long total) implements Outcome {

        public Multipart {
            ranges = List.copyOf(ranges);
        }

        /** The {@code Content-Type} of the response. */
        public static String contentType(String boundary) {
            return "multipart/byteranges; boundary=" + boundary;
        }

        /**
         * The response body for these ranges of {@code file} (the whole file they were parsed for), each part
         * labelled with {@code type} and its {@code Content-Range}, laid out as nginx sends it (RFC 9110 §14.6).
         */
        public byte[] body(byte[] file, String type, String boundary) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (ByteRange range : ranges) {
                out.writeBytes(("\r\n--" + boundary + "\r\nContent-Type: " + type + "\r\nContent-Range: "
                        + range.contentRange(total) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(file, Math.toIntExact(range.start), Math.toIntExact(range.length()));
            }
            out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            return out.toByteArray();
        }
    }

    /** A valid range that selects nothing of the file: send 416, no body, and {@link #contentRange()}. */
    public record Unsatisfiable(long total) implements Outcome {

        /** The {@code Content-Range} value, e.g. {@code bytes *}{@code /1234}. */
        public String contentRange() {
            return "bytes */" + total;
        }
    }

    public ByteRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a byte range: " + start + "-" + end);
        }
    }

    /**
     * What to answer to {@code header} (a {@code Range} value, or {@code null} when the request has none) for a
     * file of {@code total} bytes. Only GET has range semantics; callers must not ask for other methods.
     */
    public static Outcome parse(String header, long total) {
        if (header == null) {
            return new Whole();
        }
        String value = header.strip();
        if (!value.regionMatches(true, 0, UNIT, 0, UNIT.length())) {
            return new Whole();
        }
        String[] specs = value.substring(UNIT.length()).split(",", -1);
        if (specs.length > MAX_RANGES) {
            return new Whole();
        }
        List<ByteRange> selected = new ArrayList<>();
        long length = 0;
        for (String text : specs) {
            Matcher spec = SPEC.matcher(text.strip());
            if (!spec.matches()) {
                return new Whole(); // one invalid spec makes the whole header invalid (RFC 9110 §14.1.1)
            }
            Outcome one = spec.group(3) != null ? suffix(digits(spec.group(3)), total) : firstLast(spec, total);
            if (one instanceof Whole) {
                return one;
            }
            if (one instanceof Partial partial) {
                selected.add(partial.range());
                length += partial.range().length();
            }
        }
        if (selected.isEmpty()) {
            return new Unsatisfiable(total);
        }
        if (selected.size() == 1) {
            return new Partial(selected.get(0), total);
        }
        // Overlapping ranges can ask for the file many times over; like nginx, answer those with the file once.
        return length > total ? new Whole() : new Multipart(selected, total);
    }

    private static Outcome firstLast(Matcher spec, long total) {
        long first = digits(spec.group(1));
        long last = spec.group(2).isEmpty() ? Long.MAX_VALUE : digits(spec.group(2));
        if (last < first) {
            return new Whole(); // invalid, so the whole header is ignored (RFC 9110 §14.1.1)
        }
        if (first >= total) {
            return new Unsatisfiable(total);
        }
        return new Partial(new ByteRange(first, Math.min(last, total - 1)), total);
    }

    private static Outcome suffix(long length, long total) {
        if (length == 0) {
            return new Unsatisfiable(total);
        }
        if (total == 0) {
            // A suffix longer than the file means the whole file, and an empty one has no range to name.
            return new Whole();
        }
        return new Partial(new ByteRange(Math.max(0, total - length), total - 1), total);
    }

    /** Decimal digits as a number; one too large for a long saturates, which is beyond any file anyway. */
    private static long digits(String text) {
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            value = value > (Long.MAX_VALUE - 9) / 10 ? Long.MAX_VALUE : value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /** How many bytes the range covers: the {@code Content-Length} of the 206 response. */
    public long length() {
        return end - start + 1;
    }

    /** The {@code Content-Range} value for this range of a file of {@code total} bytes. */
    public String contentRange(long total) {
        return "bytes " + start + "-" + end + "/" + total;
    }

    /** This range of {@code bytes}, which must be the whole file the range was parsed for. */
    public byte[] slice(byte[] bytes) {
        return Arrays.copyOfRange(bytes, Math.toIntExact(start), Math.toIntExact(end + 1));
    }
}
