package nl.triade.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.triade.registry.app.Triade;
import nl.triade.registry.config.ConfigLoader;

/**
 * What the FHIR export costs next to reading the document itself: {@code bench.samples} reads of
 * each, one at a time, of a small instrument (two indicators) and of the largest the content limit
 * allows with every indicator text at its maximum (300 indicators of three 2,000-character texts:
 * 1.8 MB of text), printing p50/p99 in ms and the size of each answer. Run with
 * {@code mvn -q -Pbench -DskipTests install && mvn -q -Pbench -pl bench exec:java -Dbench.main=nl.triade.bench.FhirExportBenchmark}.
 */
public final class FhirExportBenchmark {
    private static final String ADMIN = "Benchmark-Administrator-Token-2026-Q7";
    private static final int LARGEST = 300;

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final BenchApi api;

    private FhirExportBenchmark(URI base) {
        this.base = base;
        this.api = new BenchApi(http, base);
    }

    public static void main(String[] args) throws Exception {
        int samples = Integer.getInteger("bench.samples", 50);
        Path folder = Files.createTempDirectory("triade-bench");
        Triade triade = Triade.start(ConfigLoader.load(Map.of("TRIADE_PORT", "0",
                "TRIADE_DB_URL", "jdbc:sqlite:" + folder.resolve("bench.db"), "TRIADE_PLUGINS_DIR", folder.resolve("none").toString(),
                "TRIADE_ADMIN_TOKEN", ADMIN, "TRIADE_RATE_LIMITS", "off"), List.of()));
        try {
            new FhirExportBenchmark(URI.create("http://localhost:" + triade.port())).run(samples);
        } finally {
            triade.close();
        }
    }

    private void run(int samples) throws IOException, InterruptedException {
        String token = api.memberToken(ADMIN, "meters", "patient", "bench@bench.test");
        System.out.printf(Locale.ROOT, "%nReading an instrument, ms per request (%d samples each) and bytes answered:%n", samples);
        for (int indicators : new int[] {2, LARGEST}) {
            String id = instrument(token, indicators, indicators == LARGEST ? 2_000 : 60);
            time(token, indicators + " indicators, the document", "/api/v1/documents/" + id, samples);
            time(token, indicators + " indicators, as FHIR Measure", "/api/v1/documents/" + id + "/fhir", samples);
        }
    }

    private String instrument(String token, int indicators, int textLength) throws IOException, InterruptedException {
        String id = api.send("POST", "/api/v1/documents", token, Map.of("kind", "instrument", "title", "Meten")).get("id").asText();
        for (int i = 0; i < indicators; i++) {
            Map<String, Object> indicator = new HashMap<>();
            indicator.put("title", "Indicator " + i);
            indicator.put("type", i % 2 == 0 ? "process" : "outcome");
            indicator.put("numerator", text("teller " + i, textLength));
            indicator.put("denominator", text("noemer " + i, textLength));
            indicator.put("exclusions", text("uitgesloten " + i, textLength));
            indicator.put("dataSource", "registratie");
            api.send("PUT", "/api/v1/documents/" + id + "/indicators/i" + i, token, indicator, "If-None-Match", "*");
        }
        return id;
    }

    private void time(String token, String what, String path, int samples) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token).GET().build();
        long[] micros = new long[samples];
        long bytes = 0;
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            micros[i] = (System.nanoTime() - start) / 1_000;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            bytes = response.body().length;
        }
        Arrays.sort(micros);
        System.out.printf(Locale.ROOT, "  %-40s p50 %8.1f  p99 %8.1f  %,10d bytes%n", what, micros[samples / 2] / 1000.0,
                micros[Math.min(samples - 1, samples * 99 / 100)] / 1000.0, bytes);
    }

    private static String text(String start, int length) {
        StringBuilder text = new StringBuilder(start);
        while (text.length() < length) {
            text.append(" patiënten met diabetes");
        }
        return text.substring(0, length);
    }
}
