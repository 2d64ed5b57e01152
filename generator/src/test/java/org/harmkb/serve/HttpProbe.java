package org.harmkb.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Raw HTTP/1.1 over a socket, so tests send request lines exactly as written ({@code ..}, {@code %2e%2e},
 * absolute forms) without a client library normalising them first.
 */
final class HttpProbe {

    record Response(int status, List<String> headers, String body) {

        Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).findFirst();
        }
    }

    private HttpProbe() {
    }

    static Response send(InetSocketAddress address, String method, String target) throws IOException {
        return send(address, method, target, "127.0.0.1:" + address.getPort());
    }

    /** Sends {@code host} as the Host header, as a page reached through DNS rebinding would. */
    static Response send(InetSocketAddress address, String method, String target, String host) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(address, 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = raw.indexOf("\r\n\r\n");
            String head = end < 0 ? raw : raw.substring(0, end);
            String body = end < 0 ? "" : raw.substring(end + 4);
            String[] lines = head.split("\r\n");
            int status = lines[0].isEmpty() ? 0 : Integer.parseInt(lines[0].split(" ")[1]);
            List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
            return new Response(status, headers, body);
        }
    }

    static Response get(InetSocketAddress address, String target) throws IOException {
        return send(address, "GET", target);
    }

    /** An open {@code text/event-stream}, read event by event. */
    static final class EventStream implements AutoCloseable {
        private final Socket socket;
        private final BufferedReader reader;

        EventStream(InetSocketAddress address, String path) throws IOException {
            socket = new Socket();
            socket.connect(address, 5_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + address.getPort() + "\r\nAccept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null && !line.isEmpty()) {
                // Skip the response head.
            }
        }

        /** The next event of type {@code name} (others are skipped), as its data, within {@code timeout}. */
        String next(String name, Duration timeout) throws IOException {
            socket.setSoTimeout((int) timeout.toMillis());
            String event = null;
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.matches("[0-9a-fA-F]+")) {
                    continue; // chunk size
                }
                if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6));
                } else if (line.isEmpty() && event != null) {
                    if (event.equals(name)) {
                        return data.toString();
                    }
                    event = null;
                    data.setLength(0);
                }
            }
            throw new IOException("stream ended before event " + name);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
