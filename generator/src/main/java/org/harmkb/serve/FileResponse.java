package org.harmkb.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends a file that exists as nginx and Apache do: whole (200), or the byte range a GET asks for (206),
 * several ranges as one {@code multipart/byteranges} 206, or 416 for a range past its end. {@code serve}
 * and the test servers share it, so the search client's range requests meet the same answers everywhere.
 */
public final class FileResponse {

    private FileResponse() {
    }

    public static void send(HttpExchange exchange, String type, byte[] bytes) throws IOException {
        // Several Range lines are read as one list joined with commas, so a second "bytes=" voids the header.
        List<String> ranges = exchange.getRequestHeaders().get("Range");
        send(exchange, type, bytes, ranges == null ? null : String.join(",", ranges));
    }

    /** As {@link #send(HttpExchange, String, byte[])}, answering {@code range} instead of the request's own header. */
    public static void send(HttpExchange exchange, String type, byte[] bytes, String range) throws IOException {
        exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
        // Only GET has range semantics.
        ByteRange.Outcome outcome = exchange.getRequestMethod().equals("GET") && range != null
                ? ByteRange.parse(range, bytes.length) : new ByteRange.Whole();
        if (outcome instanceof ByteRange.Partial partial) {
            exchange.getResponseHeaders().set("Content-Range", partial.contentRange());
            send(exchange, 206, type, partial.range().slice(bytes));
        } else if (outcome instanceof ByteRange.Multipart multipart) {
            String boundary = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            send(exchange, 206, ByteRange.Multipart.contentType(boundary), multipart.body(bytes, type, boundary));
        } else if (outcome instanceof ByteRange.Unsatisfiable unsatisfiable) {
            exchange.getResponseHeaders().set("Content-Range", unsatisfiable.contentRange());
            // An error must not be kept for a year under a fingerprinted asset's name.
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(416, -1);
        } else {
            send(exchange, 200, type, bytes);
        }
    }

    /** Any status with a body; HEAD gets the headers only. */
    public static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        // Length 0 would mean a chunked body to HttpServer; -1 sends Content-Length: 0 as a host does.
        exchange.sendResponseHeaders(status, head || bytes.length == 0 ? -1 : bytes.length);
        if (!head) {
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(bytes);
            }
        }
    }
}
