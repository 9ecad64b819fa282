package nl.triade.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.triade.registry.app.Triade;
import nl.triade.registry.config.ConfigLoader;

/**
 * How long a consultation report of a round with many comments takes, and how large it is: a round
 * of {@code bench.comments} (5,000) comments of {@code bench.bodyChars} (400) characters, every fifth
 * a reply, all answered with a rationale; then the whole report as CSV and as HTML (streamed), the
 * first and a deep JSON page of 200, and the rounds list, {@code bench.samples} (5) times each. Run with
 * {@code mvn -q -Pbench -DskipTests install && mvn -q -Pbench -pl bench exec:java -Dbench.main=nl.triade.bench.ConsultationReportBenchmark}.
 */
public final class ConsultationReportBenchmark {
    private static final String ADMIN = "Benchmark-Administrator-Token-2026-Q7";

    private final BenchApi api;
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    private ConsultationReportBenchmark(URI base) {
        this.base = base;
        this.api = new BenchApi(http, base);
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("triade-bench");
        Triade triade = Triade.start(ConfigLoader.load(Map.of("TRIADE_PORT", "0",
                "TRIADE_DB_URL", "jdbc:sqlite:" + folder.resolve("bench.db"), "TRIADE_RATE_LIMITS", "off",
                "TRIADE_PLUGINS_DIR", folder.resolve("no-plugins").toString(), "TRIADE_ADMIN_TOKEN", ADMIN), List.of()));
        try {
            new ConsultationReportBenchmark(URI.create("http://localhost:" + triade.port()))
                    .run(Integer.getInteger("bench.comments", 5_000), Integer.getInteger("bench.bodyChars", 400),
                            Integer.getInteger("bench.samples", 5));
        } finally {
            triade.close();
        }
    }

    private void run(int comments, int bodyChars, int samples) throws IOException, InterruptedException {
        String author = orgAdminToken("voetpatienten", "patient");
        String commenter = api.memberToken(ADMIN, "zilverzorg", "insurer", "bench@zilverzorg.test");
        String id = api.send("POST", "/api/v1/documents", author, Map.of("kind", "standard", "title", "Veel commentaar"))
                .get("id").asText();
        String document = "/api/v1/documents/" + id;
        api.send("POST", document + "/transitions", author, Map.of("action", "open-consultation",
                "closesAt", Instant.now().plus(42, ChronoUnit.DAYS).toString()));
        long start = System.nanoTime();
        String[] ids = new String[comments];
        String text = "Opmerking over het voetonderzoek; ".repeat(bodyChars / 34 + 1).substring(0, bodyChars);
        for (int number = 0; number < comments; number++) {
            Map<String, Object> comment = new HashMap<>(Map.of("body", number + " " + text));
            if (number % 5 == 4) {
                comment.put("replyTo", ids[number - 1]);
            }
            ids[number] = api.send("POST", document + "/comments", commenter, comment).get("id").asText();
        }
        api.send("POST", document + "/transitions", author, Map.of("action", "close-consultation"));
        for (String comment : ids) {
            api.send("PATCH", document + "/comments/" + comment, author, Map.of("status", "resolved",
                    "disposition", "accepted", "rationale", "Verwerkt: " + text.substring(0, bodyChars / 2)));
        }
        System.out.printf(Locale.ROOT, "%n%d comments of %d characters posted and answered in %d s%n", comments, bodyChars,
                (System.nanoTime() - start) / 1_000_000_000);
        String report = document + "/consultation-rounds/1/report";
        String deep = report + "?limit=200&cursor=" + cursorAt(report, author, Math.min(20, comments / 200 - 1));
        time("CSV, whole report", report, author, "text/csv", samples);
        time("HTML, whole report", report, author, "text/html", samples);
        time("JSON, first page of 200", report + "?limit=200", author, "application/json", samples);
        time("JSON, a page of 200 deep in", deep, author, "application/json", samples);
        time("rounds list", document + "/consultation-rounds", author, "application/json", samples);
    }

    private String orgAdminToken(String slug, String kind) throws IOException, InterruptedException {
        api.send("POST", "/api/v1/organisations", ADMIN, Map.of("slug", slug, "name", slug, "kind", kind));
        String account = api.send("POST", "/api/v1/accounts", ADMIN, Map.of("name", "Bench", "email", "admin@" + slug + ".test",
                "organisation", slug, "role", "org-admin")).get("id").asText();
        return api.send("POST", "/api/v1/accounts/" + account + "/tokens", ADMIN, Map.of()).get("token").asText();
    }

    /** The cursor after {@code pages} pages of 200 of {@code report}. */
    private String cursorAt(String report, String token, int pages) throws IOException, InterruptedException {
        String cursor = null;
        for (int page = 0; page < Math.max(1, pages); page++) {
            cursor = api.send("GET", report + "?limit=200" + (cursor == null ? "" : "&cursor=" + cursor), token, null)
                    .get("next").asText();
        }
        return cursor;
    }

    private void time(String what, String path, String token, String accept, int samples) throws IOException, InterruptedException {
        long[] millis = new long[samples];
        long bytes = 0;
        for (int sample = 0; sample < samples; sample++) {
            long start = System.nanoTime();
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                    .header("Authorization", "Bearer " + token).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                bytes = body.transferTo(OutputStream.nullOutputStream());
            }
            millis[sample] = (System.nanoTime() - start) / 1_000_000;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(what + " answered " + response.statusCode());
            }
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "  %-30s %,12d bytes  min %6d  median %6d  max %6d ms%n", what, bytes, millis[0],
                millis[samples / 2], millis[samples - 1]);
    }
}
