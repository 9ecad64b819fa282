package nl.triade.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.triade.registry.app.Triade;
import nl.triade.registry.config.ConfigLoader;

/**
 * Issue 12's figure: the server-side render time of a document's pages for a standard of
 * {@code bench.sections} (200) sections of
 * {@code bench.length} (2,000) characters each, taken through authorisation and submission to the
 * Register first: its public page ({@code /register/{id}}, anonymous) and its page for participants
 * ({@code /documenten/{id}}, signed in as the authoring organisation's org-admin, with a session
 * cookie got as a person gets it: a password link, a password, the sign-in form). Prints for each,
 * over {@code bench.samples} (200) requests one at a time, p50/p99 of the
 * time the server reports in {@code Server-Timing} (reading through the services and rendering the
 * template) and of the whole request as the client sees it, and the page's size. Needs the
 * register-outbox plugin jar ({@code bench.plugins}, default {@code plugins/target/plugins}). Run with
 * {@code mvn -q -Pbench -DskipTests install && mvn -q -Pbench -pl bench exec:java -Dbench.main=nl.triade.bench.DocumentPageBenchmark}.
 */
public final class DocumentPageBenchmark {
    private static final String ADMIN = "Benchmark-Administrator-Token-2026-W12";
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final BenchApi api;
    /** The authoring patient organisation's org-admin, who reads the participants' page. */
    private BenchApi.Account patients;

    private DocumentPageBenchmark(URI base) {
        this.base = base;
        this.api = new BenchApi(http, base);
    }

    public static void main(String[] args) throws Exception {
        int sections = Integer.getInteger("bench.sections", 200);
        int length = Integer.getInteger("bench.length", 2_000);
        int samples = Integer.getInteger("bench.samples", 200);
        Path folder = Files.createTempDirectory("triade-bench");
        // register-outbox alone: the shipped validators would hold the benchmark's bare standard back from authorisation
        Path plugins = Files.createDirectories(folder.resolve("plugins"));
        Path outboxPlugin = Path.of(System.getProperty("bench.plugins", "plugins/target/plugins"), "triade-plugin-register-outbox.jar");
        Files.copy(outboxPlugin, plugins.resolve(outboxPlugin.getFileName()));
        Triade triade = Triade.start(ConfigLoader.load(Map.of("TRIADE_PORT", "0",
                "TRIADE_DB_URL", "jdbc:sqlite:" + folder.resolve("bench.db"), "TRIADE_KEYS_DIR", folder.resolve("keys").toString(),
                "TRIADE_PLUGINS_DIR", plugins.toString(),
                "TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY", folder.resolve("outbox").toString(), "TRIADE_SUBMISSION_POLL_MS", "20",
                "TRIADE_ADMIN_TOKEN", ADMIN, "TRIADE_RATE_LIMITS", "off"), List.of()));
        try {
            new DocumentPageBenchmark(URI.create("http://localhost:" + triade.port())).run(sections, length, samples);
        } finally {
            triade.close();
        }
    }

    private void run(int sections, int length, int samples) throws Exception {
        String id = registeredStandard(sections, length);
        measure("The public page of a registered standard", HttpRequest.newBuilder(base.resolve("/register/" + id))
                .header("Accept", "text/html").GET().build(), sections, length, samples);
        measure("The participants' page of the same standard", HttpRequest.newBuilder(base.resolve("/documenten/" + id))
                .header("Accept", "text/html").header("Cookie", api.sessionCookie(ADMIN, patients)).GET().build(), sections, length, samples);
    }

    private void measure(String what, HttpRequest page, int sections, int length, int samples) throws Exception {
        double[] server = new double[samples];
        double[] client = new double[samples];
        long bytes = 0;
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(page, HttpResponse.BodyHandlers.ofByteArray());
            client[i] = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(what + " answered " + response.statusCode());
            }
            server[i] = Double.parseDouble(response.headers().firstValue("Server-Timing").orElseThrow().replaceAll(".*dur=", ""));
            bytes = response.body().length;
        }
        System.out.printf(Locale.ROOT, "%n%s of %d sections of %,d characters (%,d bytes of HTML), "
                + "%d requests one at a time, ms:%n", what, sections, length, bytes, samples);
        print("server (Server-Timing: services and template)", server);
        print("client (the whole request)", client);
    }

    static void print(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-48s p50 %7.2f  p99 %7.2f  max %7.2f%n", what, sorted[sorted.length / 2],
                sorted[Math.min(sorted.length - 1, sorted.length * 99 / 100)], sorted[sorted.length - 1]);
    }

    /** A standard of {@code sections} sections, jointly authored, approved, submitted and registered. */
    private String registeredStandard(int sections, int length) throws Exception {
        patients = orgAdmin("patienten", "patient");
        String providers = orgAdmin("artsen", "provider").token();
        String insurers = orgAdmin("verzekeraar", "insurer").token();
        String register = api.memberToken(ADMIN, "zorginstituut", "register", "zin@bench.test");
        String id = api.send("POST", "/api/v1/documents", patients.token(), Map.of("kind", "standard", "title", "Artrose",
                "condition", "Artrose", "summary", "Wat goede zorg bij artrose is.")).get("id").asText();
        String doc = "/api/v1/documents/" + id;
        for (int i = 0; i < sections; i++) {
            api.send("PUT", doc + "/sections/s" + i, patients.token(), Map.of("title", "Hoofdstuk " + i, "body", text(i, length)),
                    "If-None-Match", "*");
        }
        api.send("PUT", doc + "/participants/artsen", patients.token(), Map.of("role", "author"),
                "If-Match", etag(doc, patients.token()));
        api.send("PUT", doc + "/participants/verzekeraar", patients.token(), Map.of("role", "commenter"),
                "If-Match", etag(doc, patients.token()));
        api.send("PUT", doc + "/participants/verzekeraar", insurers, Map.of("role", "declined", "motivation", "Geen beleid."),
                "If-Match", etag(doc, patients.token()));
        api.send("POST", doc + "/validations", patients.token(), Map.of());
        String frozen = api.send("POST", doc + "/transitions", patients.token(), Map.of("action", "request-authorisation"))
                .get("frozenContentHash").asText();
        for (String organisation : List.of(patients.token(), providers)) {
            api.send("POST", doc + "/approvals", organisation, Map.of("decision", "approve", "contentHash", frozen));
        }
        String submission = api.send("POST", doc + "/submissions", ADMIN, Map.of("channel", "register-outbox")).get("id").asText();
        String path = "/api/v1/submissions/" + submission;
        while (!api.send("GET", path, ADMIN, null).get("state").asText().equals("sent")) {
            Thread.sleep(5);
        }
        for (JsonNode line : api.send("GET", path + "/assessment", register, null).get("criteria")) {
            api.send("PUT", path + "/assessment/" + line.get("criterion").asText(), register, Map.of("result", "met", "note", "Goed."));
        }
        api.send("POST", path + "/outcome", register, Map.of("outcome", "registered", "registerReference", "ZIN-BENCH-1"));
        return id;
    }

    private BenchApi.Account orgAdmin(String slug, String kind) throws IOException, InterruptedException {
        return api.organisationWith(ADMIN, slug, kind, "org-admin", slug + "@bench.test");
    }

    private String etag(String doc, String token) throws IOException, InterruptedException {
        return "\"" + api.send("GET", doc, token, null).get("revision").asInt() + "\"";
    }

    /** A section body of {@code length} characters, each section's words a little different. */
    private static String text(int section, int length) {
        StringBuilder text = new StringBuilder("Afspraak " + section + ":");
        while (text.length() < length) {
            text.append(" de zorgverlener bespreekt met de patiënt wat past <bij> ").append(section);
        }
        return text.substring(0, length);
    }
}
