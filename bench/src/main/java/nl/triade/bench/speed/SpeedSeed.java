package nl.triade.bench.speed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.triade.bench.BenchApi;

/**
 * Fills a new registry over HTTP, as a client of the API would: three care parties (a patient organisation whose
 * org-admin reads and writes, a provider co-authoring), {@code documents} standards of the patients' organisation (one
 * in {@value #SEARCH_EVERY} mentions {@value #SEARCH_WORD}), the document the reads ask for, and the documents the
 * writes go to. The patients' org-admin also signs in to the web interface, for the page's session cookie.
 */
final class SpeedSeed {
    static final String ADMIN = "Speed-Benchmark-Administrator-Token-2026";
    static final String PATIENTS = "patienten";
    static final String PROVIDERS = "artsen";
    static final String INSURERS = "verzekeraar";
    static final String SEARCH_WORD = "voetcontrole";
    static final int SEARCH_EVERY = 20;
    private static final String[] CONDITIONS = {"diabetes", "astma", "copd", "reuma", "hartfalen", "dementie", "kanker", "depressie"};
    private static final int SECTIONS = 10;
    private static final int WRITE_DOCUMENTS = 8;
    private static final int CLIENTS = 8;
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final BenchApi api;

    SpeedSeed(URI base) {
        this.base = base;
        this.api = new BenchApi(http, base);
    }

    BenchApi api() {
        return api;
    }

    /** What the loads need: whom to act as, and where. */
    record Seeded(String token, String cookie, String readDocument, byte[] readDocumentJson,
                  List<String> sectionPaths, List<String> commentPaths) {
    }

    Seeded seed(int documents) throws Exception {
        BenchApi.Account patients = api.organisationWith(ADMIN, PATIENTS, "patient", "org-admin", "patienten@bench.test");
        api.organisationWith(ADMIN, PROVIDERS, "provider", "member", "artsen@bench.test");
        api.organisationWith(ADMIN, INSURERS, "insurer", "member", "verzekeraar@bench.test");
        createStandards(patients.token(), 0, documents);
        String read = jointStandard(patients.token(), "Diabetische voet");
        List<String> sections = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        for (int i = 0; i < WRITE_DOCUMENTS; i++) {
            String path = "/api/v1/documents/" + jointStandard(patients.token(), "Werkdocument " + i);
            for (int section = 0; section < SECTIONS; section++) {
                sections.add(path + "/sections/s" + section);
            }
            comments.add(path + "/comments");
        }
        return new Seeded(patients.token(), api.sessionCookie(ADMIN, patients), read,
                documentJson(read, patients.token()), sections, comments);
    }

    /** Standards {@code from} to {@code to - 1} of the numbering, authored by {@code token}'s organisation; their ids. */
    List<String> createStandards(String token, int from, int to) throws Exception {
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        Parallel.times(to - from, CLIENTS, offset -> {
            int number = from + offset;
            String subject = number % SEARCH_EVERY == 0 ? SEARCH_WORD : "zorgpad";
            ids.add(api.send("POST", "/api/v1/documents", token, Map.of("kind", "standard", "title", "Standaard " + number,
                    "condition", CONDITIONS[number % CONDITIONS.length], "summary", "Afspraken over " + subject + ", nummer " + number))
                    .get("id").asText());
            if ((number + 1) % 10_000 == 0) {
                SpeedBenchmark.progress(String.format(Locale.ROOT, "%,d documents", number + 1));
            }
        });
        return ids;
    }

    /** {@code count} comments of the patients' org-admin ({@code token}), spread evenly over {@code documents}. */
    void comment(String token, List<String> documents, int count) throws Exception {
        Parallel.times(count, CLIENTS, number -> {
            api.send("POST", "/api/v1/documents/" + documents.get(number % documents.size()) + "/comments", token,
                    Map.of("body", Texts.paragraphs(number, 300)));
            if ((number + 1) % 50_000 == 0) {
                SpeedBenchmark.progress(String.format(Locale.ROOT, "%,d comments", number + 1));
            }
        });
    }

    /** A standard of {@value #SECTIONS} sections of about 1,000 characters, co-authored by the providers. */
    private String jointStandard(String token, String title) throws Exception {
        String id = api.send("POST", "/api/v1/documents", token, Map.of("kind", "standard", "title", title,
                "condition", "diabetes", "summary", "Wat goede zorg is bij " + title.toLowerCase() + ".")).get("id").asText();
        String path = "/api/v1/documents/" + id;
        for (int section = 0; section < SECTIONS; section++) {
            api.send("PUT", path + "/sections/s" + section, token, Map.of("title", "Hoofdstuk " + section,
                    "body", Texts.paragraphs(section, 1_000)), "If-None-Match", "*");
        }
        String etag = "\"" + api.send("GET", path, token, null).get("revision").asInt() + "\"";
        api.send("PUT", path + "/participants/" + PROVIDERS, token, Map.of("role", "author"), "If-Match", etag);
        return id;
    }

    /** The exact bytes Triade answers for the document: what the bare JSON endpoint serves from memory. */
    private byte[] documentJson(String id, String token) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/documents/" + id))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/v1/documents/" + id + " answered " + response.statusCode());
        }
        return response.body();
    }
}
