package org.harmkb.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The server-sent-events channel ({@code /__kb/events}) that tells open pages to reload or to show the
 * diagnostics of a failed build. Each connected page holds one request open; {@link #send} queues an event
 * for all of them, and a page connecting later first gets the latest build state, so a tab opened while the
 * build is broken shows the errors at once. Thread-safe.
 */
final class LiveReload {

    /** Comment lines at this interval detect closed tabs and keep proxies from timing the stream out. */
    static final long HEARTBEAT_MILLIS = 15_000;

    /** More open tabs than this are refused (each holds a thread). */
    static final int MAX_CLIENTS = 64;

    /** A message of its own identity (compared with ==) that ends a stream. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String CLOSE = new String("close");

    private final String serverId;
    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private volatile String latestState;
    private volatile boolean closed;

    /** @param serverId differs each time serve starts, so pages reload after a restart */
    LiveReload(String serverId) {
        this.serverId = serverId;
        this.latestState = event("hello", "{\"server\":\"" + serverId + "\"}");
    }

    /** Sends {@code event} with JSON {@code data} to every open page. */
    void send(String name, String data) {
        String message = event(name, data);
        clients.forEach(queue -> queue.offer(message));
    }

    /** Remembers the state a newly opened page is told first: the last diagnostics, or none. */
    void setState(String name, String data) {
        latestState = event("hello", "{\"server\":\"" + serverId + "\"}") + (name == null ? "" : event(name, data));
    }

    int clientCount() {
        return clients.size();
    }

    /** Serves one {@code GET /__kb/events} request until the page goes away or the server stops. */
    void stream(HttpExchange exchange) throws IOException {
        if (closed || clients.size() >= MAX_CLIENTS) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        queue.offer("retry: 1000\n\n" + latestState);
        clients.add(queue);
        try (OutputStream body = exchange.getResponseBody()) {
            while (!closed) {
                String message = queue.poll(HEARTBEAT_MILLIS, TimeUnit.MILLISECONDS);
                if (message == CLOSE) {
                    break;
                }
                body.write((message == null ? ": heartbeat\n\n" : message).getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The tab was closed or navigated away: nothing to do but forget it.
        } finally {
            clients.remove(queue);
            exchange.close();
        }
    }

    /** Ends every open stream. */
    void close() {
        closed = true;
        clients.forEach(queue -> queue.offer(CLOSE));
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data.replace("\n", "\ndata: ") + "\n\n";
    }
}
