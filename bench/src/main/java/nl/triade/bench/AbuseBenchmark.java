package nl.triade.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.triade.registry.app.Triade;
import nl.triade.registry.config.ConfigLoader;

/**
 * The abuse scenario of issue 8: while {@code bench.differs} clients request the largest diff the
 * limits allow and {@code bench.readers} clients read the largest document the server accepts, an
 * account times {@code GET /me} and a document list. Prints their p50/p99 with and without the
 * abuse, and what the abusers got. Run with
 * {@code mvn -q -Pbench -DskipTests install && mvn -q -Pbench -pl bench exec:java -Dbench.main=nl.triade.bench.AbuseBenchmark}.
 */
public final class AbuseBenchmark {
    private static final String ADMIN = "Benchmark-Administrator-Token-2026-Q7";
    /** The diff caps: lines per compared text, characters per text, lines of all compared texts together. */
    private static final int LINES_PER_TEXT = 10_000;
    private static final int CHARACTERS_PER_TEXT = 200_000;
    private static final int LINES_PER_DIFF = 100_000;

    private final ObjectMapper json = new ObjectMapper();
    private final URI base;
    private String token;

    private AbuseBenchmark(URI base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        int differs = Integer.getInteger("bench.differs", 8);
        int readers = Integer.getInteger("bench.readers", 8);
        int samples = Integer.getInteger("bench.samples", 400);
        Path folder = Files.createTempDirectory("triade-bench");
        Triade triade = Triade.start(ConfigLoader.load(Map.of("TRIADE_PORT", "0",
                "TRIADE_DB_URL", "jdbc:sqlite:" + folder.resolve("bench.db"),
                "TRIADE_PLUGINS_DIR", folder.resolve("plugins").toString(), "TRIADE_ADMIN_TOKEN", ADMIN), List.of()));
        try {
            new AbuseBenchmark(URI.create("http://localhost:" + triade.port())).run(differs, readers, samples);
        } finally {
            triade.close();
        }
    }

    private void run(int differs, int readers, int samples) throws Exception {
        HttpClient setup = HttpClient.newHttpClient();
        token = new BenchApi(setup, base).memberToken(ADMIN, "misbruik", "patient", "bench@bench.test");
        String diffPath = maximalDiff(setup);
        String largest = largestDocument(setup);
        System.out.printf(Locale.ROOT, "%nWithout abuse (ms, %d samples each):%n", samples);
        measure(samples);
        System.out.printf(Locale.ROOT, "%nWhile %d clients request %s and %d clients read the largest document:%n",
                differs, diffPath, readers);
        abuse(differs, diffPath, readers, "/api/v1/documents/" + largest, samples);
    }

    /**
     * The largest diff the caps allow: as many sections as the lines per diff allow, each of as many
     * lines as a compared text may have and as many characters as it may hold, every line changed.
     */
    private String maximalDiff(HttpClient http) throws IOException, InterruptedException {
        String id = createDocument(http, "Maximale diff");
        int sections = LINES_PER_DIFF / (2 * LINES_PER_TEXT);
        int width = CHARACTERS_PER_TEXT / LINES_PER_TEXT - 1;
        String[] etags = new String[sections];
        for (int s = 0; s < sections; s++) {
            etags[s] = putSection(http, id, "deel-" + s, lines(s, "a", width), "If-None-Match", "*");
        }
        int before = revision(http, id);
        for (int s = 0; s < sections; s++) {
            putSection(http, id, "deel-" + s, lines(s, "b", width), "If-Match", etags[s]);
        }
        int after = revision(http, id);
        long started = System.nanoTime();
        HttpResponse<String> diff = http.send(request("/api/v1/documents/" + id + "/revisions/" + after + "/diff?against=" + before)
                .build(), HttpResponse.BodyHandlers.ofString());
        System.out.printf(Locale.ROOT, "Maximal diff: %d sections of %d lines of %d characters, every line changed: "
                        + "HTTP %d, %d bytes, %.0f ms alone%n", sections, LINES_PER_TEXT, width, diff.statusCode(),
                diff.body().length(), (System.nanoTime() - started) / 1e6);
        return "/api/v1/documents/" + id + "/revisions/" + after + "/diff?against=" + before;
    }

    /** Lines unique within the text and differing from the other revision's, so every line is compared. */
    private static String lines(int section, String revision, int width) {
        return IntStream.range(0, LINES_PER_TEXT)
                .mapToObj(i -> pad(revision + section + "-" + i, width))
                .collect(Collectors.joining("\n"));
    }

    private static String pad(String line, int width) {
        return line.length() >= width ? line : line + "x".repeat(width - line.length());
    }

    /**
     * Sections of the largest body a section may have, added until the server refuses one more or
     * the content reaches {@code bench.documentBytes} (the document limit, 2 MiB).
     */
    private String largestDocument(HttpClient http) throws IOException, InterruptedException {
        String id = createDocument(http, "Grootste document");
        String body = IntStream.range(0, CHARACTERS_PER_TEXT / 200)
                .mapToObj(i -> pad("Zin " + i + " van een lange paragraaf", 199)).collect(Collectors.joining("\n"));
        int most = Integer.getInteger("bench.documentBytes", 2 * 1024 * 1024) / (body.length() + body.length() / 199 + 100);
        int sections = 0;
        while (sections < most) {
            HttpResponse<String> put = http.send(request("/api/v1/documents/" + id + "/sections/deel-" + sections)
                    .header("If-None-Match", "*").header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("title", "Deel", "body", body))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (put.statusCode() != 201) {
                System.out.printf(Locale.ROOT, "  the server refused section %d: HTTP %d%n", sections + 1, put.statusCode());
                break;
            }
            sections++;
        }
        System.out.printf(Locale.ROOT, "Largest document: %d sections of %d characters%n", sections, body.length());
        HttpResponse<String> read = http.send(request("/api/v1/documents/" + id).build(), HttpResponse.BodyHandlers.ofString());
        System.out.printf(Locale.ROOT, "  reading it answers %d bytes%n", read.body().length());
        return id;
    }

    private void abuse(int differs, String diffPath, int readers, String readPath, int samples) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        ExecutorService abusers = Executors.newFixedThreadPool(differs + readers);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < differs + readers; i++) {
            String path = i < differs ? diffPath : readPath;
            String kind = i < differs ? "diff" : "read";
            futures.add(abusers.submit(() -> {
                HttpClient http = HttpClient.newHttpClient();
                while (running.get()) {
                    int status = http.send(request(path).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    outcomes.computeIfAbsent(kind + " " + status, key -> new LongAdder()).increment();
                }
                return null;
            }));
        }
        long started = System.nanoTime();
        try {
            Thread.sleep(2_000);
            measure(samples);
        } finally {
            running.set(false);
            for (Future<?> future : futures) {
                future.get();
            }
            abusers.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "  abusers' answers in %.0f s: %s%n", seconds, new TreeMap<>(outcomes.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().sum()))));
    }

    /** {@code GET /me} and the first page of the list, alternately, one at a time. */
    private void measure(int samples) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        double[] me = new double[samples];
        double[] list = new double[samples];
        Map<Integer, Integer> failures = new TreeMap<>();
        for (int i = 0; i < samples; i++) {
            me[i] = timed(http, "/api/v1/me", failures);
            list[i] = timed(http, "/api/v1/documents?limit=50", failures);
        }
        print("GET /me", me);
        print("GET /documents?limit=50", list);
        if (!failures.isEmpty()) {
            System.out.printf(Locale.ROOT, "  not 200: %s%n", failures);
        }
    }

    private double timed(HttpClient http, String path, Map<Integer, Integer> failures) throws IOException, InterruptedException {
        long start = System.nanoTime();
        int status = http.send(request(path).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        double millis = (System.nanoTime() - start) / 1e6;
        if (status != 200) {
            failures.merge(status, 1, Integer::sum);
        }
        return millis;
    }

    private static void print(String name, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-26s p50 %7.1f  p99 %7.1f  max %7.1f%n", name,
                sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.99) - 1], sorted[sorted.length - 1]);
    }

    private String createDocument(HttpClient http, String title) throws IOException, InterruptedException {
        return new BenchApi(http, base).send("POST", "/api/v1/documents", token, Map.of("kind", "standard", "title", title)).get("id").asText();
    }

    /** Returns the section's new ETag. */
    private String putSection(HttpClient http, String id, String key, String body, String header, String value)
            throws IOException, InterruptedException {
        HttpResponse<String> put = http.send(request("/api/v1/documents/" + id + "/sections/" + key)
                .header(header, value).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("title", "Deel", "body", body))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (put.statusCode() / 100 != 2) {
            throw new IllegalStateException("PUT " + key + " answered " + put.statusCode() + ": " + put.body());
        }
        return put.headers().firstValue("ETag").orElseThrow();
    }

    private int revision(HttpClient http, String id) throws IOException, InterruptedException {
        return json.readTree(http.send(request("/api/v1/documents/" + id).build(), HttpResponse.BodyHandlers.ofString()).body())
                .get("revision").asInt();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + token);
    }

}
