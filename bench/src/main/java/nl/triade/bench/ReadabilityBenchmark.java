package nl.triade.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.triade.registry.app.Triade;
import nl.triade.registry.config.ConfigLoader;

/**
 * How long the patient-perspective plugin takes to score a cliëntenversie, by its size up to the
 * largest the host accepts (100,000 characters), against the plugin time limit (5 s by default): a validation run
 * over HTTP with the shipped plugin jar, {@code bench.samples} times per size, ever new words so no
 * syllable count is reused. Run with
 * {@code mvn -q -Pbench -DskipTests install && mvn -q -Pbench -pl bench exec:java -Dbench.main=nl.triade.bench.ReadabilityBenchmark}.
 */
public final class ReadabilityBenchmark {
    private static final String ADMIN = "Benchmark-Administrator-Token-2026-Q7";
    private static final int[] CHARACTERS = {10_000, 50_000, 100_000};

    private final BenchApi api;

    private ReadabilityBenchmark(URI base) {
        this.api = new BenchApi(HttpClient.newHttpClient(), base);
    }

    public static void main(String[] args) throws Exception {
        int samples = Integer.getInteger("bench.samples", 5);
        Path folder = Files.createTempDirectory("triade-bench");
        Triade triade = Triade.start(ConfigLoader.load(Map.of("TRIADE_PORT", "0",
                "TRIADE_DB_URL", "jdbc:sqlite:" + folder.resolve("bench.db"),
                "TRIADE_PLUGINS_DIR", System.getProperty("bench.plugins", "plugins/target/plugins"),
                "TRIADE_ADMIN_TOKEN", ADMIN), List.of()));
        try {
            new ReadabilityBenchmark(URI.create("http://localhost:" + triade.port())).run(samples);
        } finally {
            triade.close();
        }
    }

    private void run(int samples) throws IOException, InterruptedException {
        String token = api.memberToken(ADMIN, "leesbaar", "patient", "bench@bench.test");
        System.out.printf(Locale.ROOT, "%nScoring a cliëntenversie with patient-perspective (ms per validation run, %d samples):%n", samples);
        int word = 0;
        for (int characters : CHARACTERS) {
            long[] millis = new long[samples];
            for (int i = 0; i < samples; i++) {
                StringBuilder text = new StringBuilder();
                while (text.length() < characters) {
                    text.append("De vereniging").append(Integer.toString(word++, 26).replace('0', 'q'))
                            .append(" helpt ").append(word).append(" patiënten bijv. met een situatie. ");
                }
                String id = api.send("POST", "/api/v1/documents", token, Map.of("kind", "standard", "title", "Leesbaarheid",
                        "patientVersion", text.substring(0, characters))).get("id").asText();
                long start = System.nanoTime();
                JsonNode report = api.send("POST", "/api/v1/documents/" + id + "/validations", token, Map.of());
                millis[i] = (System.nanoTime() - start) / 1_000_000;
                boolean scored = false;
                for (JsonNode finding : report.get("findings")) {
                    if (finding.get("rule").asText().equals("plugin-failed")) {
                        throw new IllegalStateException("the plugin failed: " + finding);
                    }
                    scored |= finding.get("rule").asText().startsWith("pp-");
                }
                if (!scored) {
                    throw new IllegalStateException("patient-perspective did not judge the text; is it in bench.plugins? " + report);
                }
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "  %7d characters: min %5d  median %5d  max %5d%n", characters, millis[0], millis[samples / 2],
                    millis[samples - 1]);
        }
    }

}
