package org.harmkb.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteRangeTest {

    private static ByteRange.Outcome partial(long start, long end, long total) {
        return new ByteRange.Partial(new ByteRange(start, end), total);
    }

    @Test
    void firstToLastSelectsThoseBytesInclusive() {
        assertThat(ByteRange.parse("bytes=10-19", 100)).isEqualTo(partial(10, 19, 100));
        assertThat(ByteRange.parse("bytes=0-0", 100)).isEqualTo(partial(0, 0, 100));
        assertThat(ByteRange.parse("bytes=99-99", 100)).isEqualTo(partial(99, 99, 100));
    }

    @Test
    void anOpenOrTooLongRangeRunsToTheEndOfTheFile() {
        assertThat(ByteRange.parse("bytes=90-", 100)).isEqualTo(partial(90, 99, 100));
        assertThat(ByteRange.parse("bytes=90-1000", 100)).isEqualTo(partial(90, 99, 100));
        assertThat(ByteRange.parse("bytes=0-99999999999999999999999", 100)).isEqualTo(partial(0, 99, 100));
    }

    @Test
    void aSuffixSelectsTheLastBytesAndALongerOneTheWholeFile() {
        assertThat(ByteRange.parse("bytes=-10", 100)).isEqualTo(partial(90, 99, 100));
        assertThat(ByteRange.parse("bytes=-100", 100)).isEqualTo(partial(0, 99, 100));
        assertThat(ByteRange.parse("bytes=-5000", 100)).isEqualTo(partial(0, 99, 100));
    }

    @Test
    void theUnitIsCaseInsensitiveAndSurroundingSpaceIsTolerated() {
        assertThat(ByteRange.parse("Bytes=1-2", 10)).isEqualTo(partial(1, 2, 10));
        assertThat(ByteRange.parse("  bytes= 1-2 ", 10)).isEqualTo(partial(1, 2, 10));
    }

    @Test
    void aRangeStartingAtOrPastTheEndOrAnEmptySuffixIsUnsatisfiable() {
        assertThat(ByteRange.parse("bytes=100-", 100)).isEqualTo(new ByteRange.Unsatisfiable(100));
        assertThat(ByteRange.parse("bytes=100-200", 100)).isEqualTo(new ByteRange.Unsatisfiable(100));
        assertThat(ByteRange.parse("bytes=99999999999999999999999-", 100)).isEqualTo(new ByteRange.Unsatisfiable(100));
        assertThat(ByteRange.parse("bytes=-0", 100)).isEqualTo(new ByteRange.Unsatisfiable(100));
    }

    @Test
    void absentMalformedForeignOrMultipleRangesAreIgnored() {
        for (String header : new String[] {
                null, "", "   ", "bytes=", "bytes=-", "bytes=5-3", "bytes=a-b", "bytes=1-2x", "bytes=-1-2", "bytes=+1-2",
                "bytes 0-1", "bytes=0 - 1", "items=0-1", "bytesx=0-1", "bytes=0-1,", "bytes=,0-1", "bytes=0-1,,5-6",
                "bytes=0-1,5-3", "bytes=0-1,x", "bytes=٠-١"}) {
            assertThat(ByteRange.parse(header, 100)).as(String.valueOf(header)).isEqualTo(new ByteRange.Whole());
        }
    }

    @Test
    void severalRangesAreAnsweredInTheOrderAskedWithUnsatisfiableOnesLeftOut() {
        assertThat(ByteRange.parse("bytes=50-59, 0-9,-5", 100)).isEqualTo(new ByteRange.Multipart(
                java.util.List.of(new ByteRange(50, 59), new ByteRange(0, 9), new ByteRange(95, 99)), 100));
        assertThat(ByteRange.parse("bytes=0-1,200-300", 100)).isEqualTo(partial(0, 1, 100));
        assertThat(ByteRange.parse("bytes=100-,200-300", 100)).isEqualTo(new ByteRange.Unsatisfiable(100));
    }

    @Test
    void tooManyRangesOrRangesAskingForMoreThanTheFileGetTheWholeFile() {
        String many = "bytes=" + String.join(",", java.util.Collections.nCopies(ByteRange.MAX_RANGES + 1, "0-0"));
        assertThat(ByteRange.parse(many, 1_000_000)).isEqualTo(new ByteRange.Whole());
        String allowed = "bytes=" + String.join(",", java.util.stream.IntStream.range(0, ByteRange.MAX_RANGES)
                .mapToObj(i -> i + "-" + i).toList());
        assertThat(ByteRange.parse(allowed, 1_000)).isInstanceOf(ByteRange.Multipart.class);
        assertThat(ByteRange.parse("bytes=0-99,0-99", 100)).isEqualTo(new ByteRange.Whole());
        assertThat(ByteRange.parse("bytes=0-49,40-59", 100)).isInstanceOf(ByteRange.Multipart.class);
    }

    @Test
    void aMultipartBodyLabelsEachPartWithItsTypeAndRange() {
        byte[] file = "0123456789".getBytes(StandardCharsets.US_ASCII);
        ByteRange.Multipart multipart = (ByteRange.Multipart) ByteRange.parse("bytes=7-8,1-2", file.length);
        assertThat(new String(multipart.body(file, "text/plain", "B0UND"), StandardCharsets.US_ASCII)).isEqualTo(
                "\r\n--B0UND\r\nContent-Type: text/plain\r\nContent-Range: bytes 7-8/10\r\n\r\n78"
                + "\r\n--B0UND\r\nContent-Type: text/plain\r\nContent-Range: bytes 1-2/10\r\n\r\n12"
                + "\r\n--B0UND--\r\n");
        assertThat(ByteRange.Multipart.contentType("B0UND")).isEqualTo("multipart/byteranges; boundary=B0UND");
    }

    @Test
    void anEmptyFileHasNoSatisfiableFirstLastRangeAndASuffixMeansTheWholeEmptyFile() {
        assertThat(ByteRange.parse("bytes=0-0", 0)).isEqualTo(new ByteRange.Unsatisfiable(0));
        assertThat(ByteRange.parse("bytes=0-", 0)).isEqualTo(new ByteRange.Unsatisfiable(0));
        assertThat(ByteRange.parse("bytes=-0", 0)).isEqualTo(new ByteRange.Unsatisfiable(0));
        assertThat(ByteRange.parse("bytes=-5", 0)).isEqualTo(new ByteRange.Whole());
        assertThat(ByteRange.parse(null, 0)).isEqualTo(new ByteRange.Whole());
    }

    @Test
    void contentRangeLengthAndSliceDescribeTheSameBytes() {
        byte[] file = "0123456789".getBytes(StandardCharsets.US_ASCII);
        ByteRange.Partial partial = (ByteRange.Partial) ByteRange.parse("bytes=3-5", file.length);
        assertThat(partial.contentRange()).isEqualTo("bytes 3-5/10");
        assertThat(partial.range().length()).isEqualTo(3);
        assertThat(new String(partial.range().slice(file), StandardCharsets.US_ASCII)).isEqualTo("345");
        ByteRange.Partial first = (ByteRange.Partial) ByteRange.parse("bytes=0-0", file.length);
        assertThat(first.contentRange()).isEqualTo("bytes 0-0/10");
        assertThat(first.range().slice(file)).containsExactly((byte) '0');
        ByteRange.Partial last = (ByteRange.Partial) ByteRange.parse("bytes=-1", file.length);
        assertThat(new String(last.range().slice(file), StandardCharsets.US_ASCII)).isEqualTo("9");
        assertThat(new ByteRange.Unsatisfiable(10).contentRange()).isEqualTo("bytes */10");
    }
}
