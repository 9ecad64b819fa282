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

/**
 * A webhook receiver as a subscriber would run one: the JDK's HTTP server on the loopback address,
 * answering 204 and keeping every request per path, repeats included (it drops nothing), so a test
 * sees exactly what arrived. It can be stopped and started again on the same port.
 */
final class WebhookReceiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, List<Received>> received = new ConcurrentHashMap<>();
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
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        port = server.getAddress().getPort();
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
        stop();
    }
}
