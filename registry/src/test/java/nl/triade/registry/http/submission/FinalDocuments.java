package nl.triade.registry.http.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.ServedRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;

/** Documents brought to {@code final} through the API, ready to be submitted. */
public final class FinalDocuments {
    private FinalDocuments() {
    }

    /** Its id, and clients for the org-admins of its author organisations, {@code patienten} and {@code artsen}. */
    public record FinalDocument(String id, ApiClient author, ApiClient coAuthor) {
        public String path() {
            return "/api/v1/documents/" + id;
        }
    }

    /** A registry that delivers through {@code register-outbox} into a fresh folder, its worker looking every 50 ms. */
    static RunningRegistry withOutbox() throws IOException {
        return RunningRegistry.start(false, outboxSettings(), "register-outbox");
    }

    /**
     * The settings of a registry that delivers through {@code register-outbox} (a plugin to load by that
     * name) into a fresh folder, its worker looking every 50 ms; with rate limits off, for tests that act a lot.
     */
    public static Map<String, String> outboxSettings() {
        try {
            return Map.of("TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY", Files.createTempDirectory("triade-outbox").toString(),
                    "TRIADE_SUBMISSION_POLL_MS", "50", "TRIADE_RATE_LIMITS", "off");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Submits {@code document} through {@code register-outbox} as the administrator; its id, once the package is delivered. */
    public static String delivered(RunningRegistry registry, FinalDocument document) {
        ApiResponse submitted = registry.admin().post(document.path() + "/submissions", Map.of("channel", "register-outbox"));
        assertEquals(201, submitted.status(), submitted.body());
        String id = submitted.json().get("id").asText();
        Eventually.until("the package is written",
                () -> registry.admin().get("/api/v1/submissions/" + id).json().get("state").asText().equals("sent"));
        return id;
    }

    /** A standard authored by patients and providers (the insurer declined), approved by both: final. */
    public static FinalDocument create(ServedRegistry registry) {
        return create(registry, List.of());
    }

    /** As {@link #create(ServedRegistry)}, with these tijdpaden ({@code deliverable}, {@code dueDate}). */
    public static FinalDocument create(ServedRegistry registry, List<Map<String, Object>> timelines) {
        return createWith(registry, Map.of("timelines", timelines));
    }

    /**
     * As {@link #create(ServedRegistry)}, with these fields of the document besides its kind and
     * title; the organisations are made once per registry, so a test may make several documents.
     */
    static FinalDocument createWith(ServedRegistry registry, Map<String, Object> fields) {
        Parties parties = new Parties(registry);
        if (registry.admin().get("/api/v1/organisations/patienten").status() == 404) {
            parties.organisation("patienten", "patient");
            parties.organisation("artsen", "provider");
            parties.organisation("verzekeraar", "insurer");
        }
        ApiClient patients = parties.as("patienten", "org-admin");
        ApiClient providers = parties.as("artsen", "org-admin");
        Map<String, Object> created = new HashMap<>(fields);
        created.put("kind", "standard");
        created.putIfAbsent("title", "Artrose");
        String id = patients.post("/api/v1/documents", created).json().get("id").asText();
        String doc = "/api/v1/documents/" + id;
        patients.put(doc + "/participants/artsen", Map.of("role", "author"), "If-Match", patients.get(doc).etag());
        patients.put(doc + "/participants/verzekeraar", Map.of("role", "commenter"), "If-Match", patients.get(doc).etag());
        ApiClient insurers = parties.as("verzekeraar", "org-admin");
        insurers.put(doc + "/participants/verzekeraar", Map.of("role", "declined", "motivation", "Geen beleid."),
                "If-Match", patients.get(doc).etag());
        patients.post(doc + "/validations", Map.of());
        JsonNode frozen = patients.post(doc + "/transitions", Map.of("action", "request-authorisation")).json();
        for (ApiClient organisation : List.of(patients, providers)) {
            organisation.post(doc + "/approvals", Map.of("decision", "approve", "contentHash", frozen.get("frozenContentHash").asText()));
        }
        assertEquals("final", patients.get(doc).json().get("status").asText());
        return new FinalDocument(id, patients, providers);
    }
}
