package nl.triade.registry.http.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A webhook receiver as a subscriber would run one: the JDK's HTTP server on the loopback address,
 * answering 204 and keeping every request per path, repeats included (it drops nothing), so a test
 * sees exactly what arrived. It can be stopped and started again on the same port, and can hold the
 * requests to a path open, unanswered, until the test lets them go ({@link #hold}).
 */
final class WebhookReceiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long a held request waits at most for its release, so a failing test never leaves the server blocked. */
    private static final long LONGEST_HOLD_SECONDS = 120;
    private final Map<String, List<Received>> received = new ConcurrentHashMap<>();
    private final Map<String, Hold> holds = new ConcurrentHashMap<>();
    private int port;
    private HttpServer server;

    /** One request: its delivery id and signature headers, and the body as sent. */
    record Received(String deliveryId, String signature, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The types of the events it carried, e.g. {@code document.open-consultation}. */
        List<String> types() {
            List<String> types = new ArrayList<>();
            json().get("events").forEach(event -> types.add(event.get("type").asText()));
            return types;
        }
    }

    /** Requests to one path kept unanswered: {@code arrived} once one came in, answered only after {@link #release}. */
    static final class Hold {
        private final CountDownLatch arrived = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        boolean arrived() {
            return arrived.getCount() == 0;
        }

        void release() {
            released.countDown();
        }

        private void await() {
            arrived.countDown();
            try {
                released.await(LONGEST_HOLD_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    WebhookReceiver() {
        start();
    }

    void start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.computeIfAbsent(exchange.getRequestURI().getPath(), path -> new CopyOnWriteArrayList<>())
                    .add(new Received(exchange.getRequestHeaders().getFirst("Triade-Delivery"),
                            exchange.getRequestHeaders().getFirst("Triade-Signature"), body));
            Hold hold = holds.get(exchange.getRequestURI().getPath());
            if (hold != null) {
                hold.await();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        port = server.getAddress().getPort();
    }

    /** From now on, requests to {@code path} are kept open, unanswered, until the hold is released. */
    Hold hold(String path) {
        Hold hold = new Hold();
        holds.put(path, hold);
        return hold;
    }

    /** Stops listening at once: deliveries meanwhile find the port closed. */
    void stop() {
        server.stop(0);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    List<Received> at(String path) {
        return List.copyOf(received.getOrDefault(path, List.of()));
    }

    @Override
    public void close() {
        holds.values().forEach(Hold::release);
        stop();
    }
}
