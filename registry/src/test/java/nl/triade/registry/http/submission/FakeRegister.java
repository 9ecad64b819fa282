package nl.triade.registry.http.submission;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the Register over real HTTP. It honours the Idempotency-Key as the real one is
 * expected to: a package offered again under the same key is answered with the same reference and
 * recorded once. It can fail the first requests with 503, and hold the answer to a request after
 * recording it, the moment at which a crash of the registry would otherwise send twice. Its status
 * resource, {@code GET /register/<key>}, says {@code pending} until the test decides.
 *
 * <p>Several registry instances may share it, each given its own {@link #endpointFor(String)}: the
 * Register sees one log, and the test learns which instance made each offer.
 */
public final class FakeRegister implements AutoCloseable {
    private static final String BY_CALLER = "/by/";
    private final HttpServer server;
    private final AtomicInteger failuresLeft;
    private final Map<String, String> recorded = new ConcurrentHashMap<>();
    private final Map<String, String> decisions = new ConcurrentHashMap<>();
    private final List<String> keysSeen = new CopyOnWriteArrayList<>();
    private final List<Offer> offers = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> statusAsked = new CopyOnWriteArrayList<>();
    private final AtomicInteger counter = new AtomicInteger();
    private volatile CountDownLatch hold;
    private volatile Duration answerAfter = Duration.ZERO;

    /** One delivery as the Register received it: its idempotency key, and the instance that made it. */
    public record Offer(String caller, String key) {
    }

    public FakeRegister(int failFirst) {
        this.failuresLeft = new AtomicInteger(failFirst);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/register", exchange -> handle(exchange, "", "/register"));
        server.createContext(BY_CALLER, this::handleByCaller);
        server.start();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/register";
    }

    /** The same Register at an address of {@code caller}'s own (a name without {@code /}), so {@link #offers()} name it. */
    public String endpointFor(String caller) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + BY_CALLER + caller + "/register";
    }

    /** From now on, answers are held back (after recording) until {@link #release()}. */
    public void holdAnswers() {
        hold = new CountDownLatch(1);
    }

    /** From now on, a delivery is answered this long after it was recorded, as a slow Register would. */
    public void answerAfter(Duration delay) {
        answerAfter = delay;
    }

    public void release() {
        hold.countDown();
    }

    /** Packages recorded, by idempotency key: what the Register really holds. */
    public Map<String, String> recorded() {
        return Map.copyOf(recorded);
    }

    public List<String> keysSeen() {
        return List.copyOf(keysSeen);
    }

    /** Every delivery offered, refused ones included, in order, with the instance that offered it. */
    public List<Offer> offers() {
        return List.copyOf(offers);
    }

    /** The body of every delivery offered, refused ones included, in order. */
    public List<String> bodies() {
        return List.copyOf(bodies);
    }

    /** How often the status resource of {@code key} was asked for. */
    public long statusChecks(String key) {
        return statusAsked.stream().filter(key::equals).count();
    }

    /** From now on, the status resource of {@code key} answers with this decision. */
    public void decide(String key, String statusJson) {
        decisions.put(key, statusJson);
    }

    private void handleByCaller(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        int end = path.indexOf('/', BY_CALLER.length());
        String caller = path.substring(BY_CALLER.length(), end < 0 ? path.length() : end);
        handle(exchange, caller, BY_CALLER + caller + "/register");
    }

    private void handle(HttpExchange exchange, String caller, String root) throws IOException {
        if (exchange.getRequestMethod().equals("GET")) {
            String key = exchange.getRequestURI().getPath().substring(root.length() + 1);
            statusAsked.add(key);
            String decision = decisions.get(key);
            if (decision != null) {
                answer(exchange, 200, decision);
            } else {
                answer(exchange, recorded.containsKey(key) ? 200 : 404, recorded.containsKey(key) ? "{\"status\": \"pending\"}" : "{}");
            }
            return;
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        keysSeen.add(key);
        offers.add(new Offer(caller, key));
        if (failuresLeft.getAndDecrement() > 0) {
            answer(exchange, 503, "{\"error\": \"maintenance\"}");
            return;
        }
        String reference = recorded.computeIfAbsent(key, ignored -> "REG-" + counter.incrementAndGet());
        CountDownLatch waiting = hold;
        try {
            if (waiting != null) {
                waiting.await();
            }
            // a slow Register on purpose, as plugins/misbehaving is slow on purpose: the registry's time limits run on real time
            Thread.sleep(answerAfter.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        answer(exchange, 201, "{\"reference\": \"" + reference + "\"}");
    }

    private static void answer(HttpExchange exchange, int status, String body) {
        try {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            // the registry may have gone away while its answer was held back: that is the point of the test
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        if (hold != null) {
            hold.countDown();
        }
        server.stop(0);
    }
}
