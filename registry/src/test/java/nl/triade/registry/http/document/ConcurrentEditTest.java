package nl.triade.registry.http.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Together;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Co-authors writing at the same moment, released together by a latch. */
class ConcurrentEditTest {
    private static final int AUTHORS = 8;
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();
    private static ApiClient patients;
    private static ApiClient providers;

    @BeforeAll
    static void start() {
        Parties parties = new Parties(registry);
        parties.organisation("migrainepatienten", "patient");
        parties.organisation("neurologen", "provider");
        patients = parties.as("migrainepatienten", "member");
        providers = parties.as("neurologen", "member");
    }

    private static String documentWithBothAuthors(int sections) {
        ApiResponse created = patients.post("/api/v1/documents", Map.of("kind", "standard", "title", "Migraine"));
        String id = created.json().get("id").asText();
        assertEquals(201, patients.put("/api/v1/documents/" + id + "/participants/neurologen", Map.of("role", "author"),
                "If-Match", created.etag()).status());
        for (int i = 0; i < sections; i++) {
            assertEquals(201, patients.put("/api/v1/documents/" + id + "/sections/deel-" + i,
                    Map.of("title", "Deel " + i, "body", "leeg"), "If-None-Match", "*").status());
        }
        return id;
    }

    @Test
    void editsOfDifferentSectionsAreAllKept() {
        String id = documentWithBothAuthors(AUTHORS);
        JsonNode before = patients.get("/api/v1/documents/" + id).json().get("sections");
        List<Callable<ApiResponse>> edits = new ArrayList<>();
        for (int i = 0; i < AUTHORS; i++) {
            ApiClient client = i % 2 == 0 ? patients : providers;
            String key = "deel-" + i;
            String etag = "\"" + before.get(i).get("revision").asInt() + "\"";
            edits.add(() -> client.put("/api/v1/documents/" + id + "/sections/" + key,
                    Map.of("title", "Deel", "body", "geschreven door auteur " + key), "If-Match", etag));
        }
        for (ApiResponse response : Together.send(edits)) {
            assertEquals(200, response.status(), response.body());
        }
        JsonNode after = patients.get("/api/v1/documents/" + id).json();
        for (int i = 0; i < AUTHORS; i++) {
            assertEquals("geschreven door auteur deel-" + i, after.get("sections").get(i).get("body").asText());
        }
        assertEquals(1 + 1 + AUTHORS + AUTHORS, after.get("revision").asInt());
    }

    @Test
    void editsOfTheSameSectionHaveOneWinnerAndNoSilentLoss() {
        String id = documentWithBothAuthors(1);
        String etag = "\"" + patients.get("/api/v1/documents/" + id).json().get("sections").get(0).get("revision").asInt() + "\"";
        List<Callable<ApiResponse>> edits = new ArrayList<>();
        for (int i = 0; i < AUTHORS; i++) {
            ApiClient client = i % 2 == 0 ? patients : providers;
            String body = "versie van auteur " + i;
            edits.add(() -> client.put("/api/v1/documents/" + id + "/sections/deel-0",
                    Map.of("title", "Deel", "body", body), "If-Match", etag));
        }
        List<ApiResponse> responses = Together.send(edits);
        List<ApiResponse> winners = responses.stream().filter(response -> response.status() == 200).toList();
        assertEquals(1, winners.size(), "exactly one writer wins");
        assertEquals(AUTHORS - 1, responses.stream().filter(response -> response.status() == 412).count());
        String stored = patients.get("/api/v1/documents/" + id).json().get("sections").get(0).get("body").asText();
        assertEquals(winners.get(0).json().get("body").asText(), stored);
    }
}
