package nl.triade.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.triade.registry.app.Triade;
import nl.triade.registry.config.ConfigLoader;

/**
 * Fills a fresh registry with many documents over HTTP, then times the list and search queries
 * a user runs, and prints the figures. Run with
 * {@code mvn -q -Pbench -DskipTests install && mvn -q -Pbench -pl bench exec:java -Dbench.documents=100000}.
 */
public final class DocumentListBenchmark {
    private static final String ADMIN = "Benchmark-administrator-token-0001";
    private static final String[] CONDITIONS = {"diabetes", "astma", "copd", "reuma", "hartfalen", "dementie", "kanker", "depressie"};
    private static final String[] ORGANISATIONS = {"patienten-a", "patienten-b", "zorgaanbieder-a", "zorgaanbieder-b",
        "verzekeraar-a", "nieuwkomer"};
    private static final String[] KINDS = {"patient", "patient", "provider", "provider", "insurer", "patient"};
    /** The authors; the last organisation takes part in nothing, the worst case for the visibility rule. */
    private static final int AUTHORS = 5;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final URI base;
    private final BenchApi api;

    private DocumentListBenchmark(URI base) {
        this.base = base;
        this.api = new BenchApi(http, base);
    }

    public static void main(String[] args) throws Exception {
        int documents = Integer.getInteger("bench.documents", 100_000);
        int writers = Integer.getInteger("bench.writers", 8);
        Path folder = Files.createTempDirectory("triade-bench");
        // The fill is a bulk load by a few member accounts, which rate limits exist to stop.
        Triade triade = Triade.start(ConfigLoader.load(Map.of("TRIADE_PORT", "0",
                "TRIADE_DB_URL", "jdbc:sqlite:" + folder.resolve("bench.db"),
                "TRIADE_PLUGINS_DIR", folder.resolve("plugins").toString(), "TRIADE_ADMIN_TOKEN", ADMIN,
                "TRIADE_RATE_LIMITS", "off"), List.of()));
        try {
            new DocumentListBenchmark(URI.create("http://localhost:" + triade.port())).run(documents, writers);
        } finally {
            triade.close();
        }
    }

    private void run(int documents, int writers) throws Exception {
        String[] tokens = new String[ORGANISATIONS.length];
        for (int i = 0; i < ORGANISATIONS.length; i++) {
            api.send("POST", "/api/v1/organisations", ADMIN, Map.of("slug", ORGANISATIONS[i], "name", ORGANISATIONS[i], "kind", KINDS[i]));
            String account = api.send("POST", "/api/v1/accounts", ADMIN, Map.of("name", "Bench " + i,
                    "email", "bench" + i + "@bench.test", "organisation", ORGANISATIONS[i], "role", "member")).get("id").asText();
            tokens[i] = api.send("POST", "/api/v1/accounts/" + account + "/tokens", ADMIN, Map.of()).get("token").asText();
        }
        fill(documents, writers, Arrays.copyOf(tokens, AUTHORS));
        System.out.printf(Locale.ROOT, "%nQuery latencies over %d documents (ms; 200 runs each, after 50 warm-up):%n", documents);
        time("first page, newest first", tokens[0], "/api/v1/documents?limit=50");
        time("filter by condition", tokens[0], "/api/v1/documents?condition=astma&limit=50");
        time("filter by organisation", tokens[2], "/api/v1/documents?organisation=zorgaanbieder-a&limit=50");
        time("filter by kind and status", tokens[0], "/api/v1/documents?kind=standard&status=draft&limit=50");
        time("full-text search", tokens[0], "/api/v1/documents?q=" + URLEncoder.encode("voetcontrole", StandardCharsets.UTF_8) + "&limit=50");
        time("page 20 by cursor", tokens[0], deepPage(tokens[0], 20));
        time("member of no document", tokens[AUTHORS], "/api/v1/documents?limit=50");
        time("administrator, first page", ADMIN, "/api/v1/documents?limit=200");
    }

    private void fill(int documents, int writers, String[] tokens) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < documents; i = next.getAndIncrement()) {
                    String token = tokens[i % tokens.length];
                    String word = i % 97 == 0 ? "voetcontrole" : "zorgpad";
                    api.send("POST", "/api/v1/documents", token, Map.of("kind", "standard", "title", "Standaard " + i,
                            "condition", CONDITIONS[i % CONDITIONS.length], "summary", "Over " + word + " nummer " + i));
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "Created %d documents with %d writers in %.1f s: %.0f documents/s%n",
                documents, writers, seconds, documents / seconds);
    }

    private String deepPage(String token, int pages) throws IOException, InterruptedException {
        String path = "/api/v1/documents?limit=50";
        for (int i = 1; i < pages; i++) {
            path = "/api/v1/documents?limit=50&cursor=" + get(token, path).get("next").asText();
        }
        return path;
    }

    private void time(String name, String token, String path) throws IOException, InterruptedException {
        for (int i = 0; i < 50; i++) {
            get(token, path);
        }
        double[] millis = new double[200];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            get(token, path);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "  %-28s p50 %6.2f  p95 %6.2f  p99 %6.2f%n", name,
                millis[100], millis[190], millis[198]);
    }

    private JsonNode get(String token, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

}
