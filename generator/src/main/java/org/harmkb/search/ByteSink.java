package org.harmkb.search;

import java.util.Arrays;

/**
 * A growable byte array for the index's binary segments: unsigned LEB128 varints (7 bits a byte, low
 * bits first, the high bit saying "more follows"), single bytes and raw bytes. {@code search-engine.js}
 * reads the same encoding.
 */
final class ByteSink {

    private byte[] bytes = new byte[256];
    private int size;

    void varint(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value " + value);
        }
        while (value >= 0x80) {
            put((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        put(value);
    }

    /** One byte, 0 to 255. */
    void put(int value) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, size * 2);
        }
        bytes[size++] = (byte) value;
    }

    void write(byte[] values) {
        write(values, 0, values.length);
    }

    void write(byte[] values, int offset, int length) {
        if (size + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + length, size * 2));
        }
        System.arraycopy(values, offset, bytes, size, length);
        size += length;
    }

    void write(ByteSink other) {
        write(other.bytes, 0, other.size);
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    byte[] toArray() {
        return Arrays.copyOf(bytes, size);
    }
}
