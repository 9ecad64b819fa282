package nl.triade.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.triade.registry.app.Triade;
import nl.triade.registry.config.ConfigLoader;
import nl.triade.registry.verify.PackageVerifier;

/**
 * The evidence pack of a document late in a long chain: {@code bench.events} (100,000) events in
 * all, the document created after half of them and edited {@code bench.edits} times in between
 * the other organisations' writes, then approved and submitted through register-outbox. Prints the
 * time from submission to the written package, the pack's size and number of events, the time the
 * offline verifier takes, and what the contiguous chain segment from the document's first event
 * to the submission would weigh (read back over {@code GET /events}). Run with
 * {@code mvn -q -Pbench -DskipTests install && mvn -q -Pbench -pl bench exec:java -Dbench.main=nl.triade.bench.EvidencePackBenchmark}.
 */
public final class EvidencePackBenchmark {
    private static final String ADMIN = "Benchmark-Administrator-Token-2026-Q7";
    private final BenchApi api;

    private EvidencePackBenchmark(URI base) {
        this.api = new BenchApi(HttpClient.newHttpClient(), base);
    }

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("bench.events", 100_000);
        int edits = Integer.getInteger("bench.edits", 40);
        int writers = Integer.getInteger("bench.writers", 4);
        Path folder = Files.createTempDirectory("triade-bench");
        Path outbox = folder.resolve("outbox");
        // register-outbox alone: the shipped validators would hold the benchmark's bare standard back from authorisation
        Path plugins = Files.createDirectories(folder.resolve("plugins"));
        Path outboxPlugin = Path.of(System.getProperty("bench.plugins", "plugins/target/plugins"), "triade-plugin-register-outbox.jar");
        Files.copy(outboxPlugin, plugins.resolve(outboxPlugin.getFileName()));
        Triade triade = Triade.start(ConfigLoader.load(Map.of("TRIADE_PORT", "0",
                "TRIADE_DB_URL", "jdbc:sqlite:" + folder.resolve("bench.db"), "TRIADE_KEYS_DIR", folder.resolve("keys").toString(),
                "TRIADE_PLUGINS_DIR", plugins.toString(),
                "TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY", outbox.toString(), "TRIADE_SUBMISSION_POLL_MS", "20",
                "TRIADE_ADMIN_TOKEN", ADMIN, "TRIADE_RATE_LIMITS", "off"), List.of()));
        try {
            new EvidencePackBenchmark(URI.create("http://localhost:" + triade.port())).run(events, edits, writers, outbox);
        } finally {
            triade.close();
        }
    }

    private void run(int events, int edits, int writers, Path outbox) throws Exception {
        String patients = orgAdmin("patienten", "patient");
        String providers = orgAdmin("artsen", "provider");
        String insurers = orgAdmin("verzekeraar", "insurer");
        String others = orgAdmin("anderen", "patient");
        fill(others, events / 2, writers);
        String id = api.send("POST", "/api/v1/documents", patients, Map.of("kind", "standard", "title", "Artrose")).get("id").asText();
        String doc = "/api/v1/documents/" + id;
        long first = head();
        int between = Math.max(0, (events - (int) first) / Math.max(1, edits) - 1);
        for (int i = 0; i < edits; i++) {
            fill(others, between, writers);
            api.send("PATCH", doc, patients, Map.of("summary", "Versie " + i), "If-Match", etag(doc, patients));
        }
        participants(doc, patients, insurers);
        api.send("POST", doc + "/validations", patients, Map.of());
        String frozen = api.send("POST", doc + "/transitions", patients, Map.of("action", "request-authorisation"))
                .get("frozenContentHash").asText();
        for (String organisation : List.of(patients, providers)) {
            api.send("POST", doc + "/approvals", organisation, Map.of("decision", "approve", "contentHash", frozen));
        }
        long start = System.nanoTime();
        String submission = api.send("POST", doc + "/submissions", ADMIN, Map.of("channel", "register-outbox")).get("id").asText();
        long last = head();
        while (!api.send("GET", "/api/v1/submissions/" + submission, ADMIN, null).get("state").asText().equals("sent")) {
            Thread.sleep(5);
        }
        double packaged = (System.nanoTime() - start) / 1e6;
        Path pack = outbox.resolve(submission);
        long verifyStart = System.nanoTime();
        String verdict = PackageVerifier.verifyWithItsOwnKey(pack).message();
        double verified = (System.nanoTime() - verifyStart) / 1e6;
        int packEvents = new ObjectMapper().readTree(pack.resolve("events.json").toFile()).size();
        System.out.printf(Locale.ROOT, "%nChain of %d events; the document's first event is %d, its submission %d.%n", last, first, last);
        System.out.printf(Locale.ROOT, "Evidence pack: %d bytes in %d files, %d events of the document with checkpoints;%n",
                size(pack), count(pack), packEvents);
        System.out.printf(Locale.ROOT, "  submitted to written package: %.0f ms (worker poll 20 ms); offline verification: %.0f ms%n",
                packaged, verified);
        System.out.printf(Locale.ROOT, "  %s%n", verdict);
        long segmentStart = System.nanoTime();
        long segment = segmentBytes(first - 1, last);
        System.out.printf(Locale.ROOT, "Contiguous segment %d..%d: %d events, %d bytes as GET /events writes them (read in %.0f ms)%n",
                first, last, last - first + 1, segment, (System.nanoTime() - segmentStart) / 1e6);
    }

    private String orgAdmin(String slug, String kind) throws IOException, InterruptedException {
        api.send("POST", "/api/v1/organisations", ADMIN, Map.of("slug", slug, "name", slug, "kind", kind));
        String account = api.send("POST", "/api/v1/accounts", ADMIN, Map.of("name", "Bench " + slug, "email", slug + "@bench.test",
                "organisation", slug, "role", "org-admin")).get("id").asText();
        return api.send("POST", "/api/v1/accounts/" + account + "/tokens", ADMIN, Map.of()).get("token").asText();
    }

    private void participants(String doc, String patients, String insurers) throws IOException, InterruptedException {
        api.send("PUT", doc + "/participants/artsen", patients, Map.of("role", "author"), "If-Match", etag(doc, patients));
        api.send("PUT", doc + "/participants/verzekeraar", patients, Map.of("role", "commenter"), "If-Match", etag(doc, patients));
        api.send("PUT", doc + "/participants/verzekeraar", insurers, Map.of("role", "declined", "motivation", "Geen beleid."),
                "If-Match", etag(doc, patients));
    }

    private String etag(String doc, String token) throws IOException, InterruptedException {
        return "\"" + api.send("GET", doc, token, null).get("revision").asInt() + "\"";
    }

    /** Other organisations' drafts, one event each, written by {@code writers} clients at once. */
    private void fill(String token, int documents, int writers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        AtomicInteger left = new AtomicInteger(documents);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            futures.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    api.send("POST", "/api/v1/documents", token, Map.of("kind", "standard", "title", "Ander concept"));
                }
                return null;
            }));
        }
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private long head() throws IOException, InterruptedException {
        return api.send("GET", "/api/v1/events/checkpoint", ADMIN, null).get("seq").asLong();
    }

    private long segmentBytes(long after, long last) throws IOException, InterruptedException {
        long bytes = 0;
        long position = after;
        while (position < last) {
            JsonNode page = api.send("GET", "/api/v1/events?after=" + position + "&limit=200", ADMIN, null);
            for (JsonNode event : page.get("items")) {
                if (event.get("seq").asLong() <= last) {
                    bytes += event.toString().length();
                }
                position = event.get("seq").asLong();
            }
        }
        return bytes;
    }

    private static long size(Path pack) throws IOException {
        try (Stream<Path> files = Files.list(pack)) {
            long total = 0;
            for (Path file : files.toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }

    private static long count(Path pack) throws IOException {
        try (Stream<Path> files = Files.list(pack)) {
            return files.count();
        }
    }
}
