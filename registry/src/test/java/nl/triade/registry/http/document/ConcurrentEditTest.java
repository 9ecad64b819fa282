package nl.triade.registry.http.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Together;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Co-authors writing at the same moment, released together by a latch. Group commit joins such
 * writes into shared transactions and commits, among them refusals decided inside the write (a
 * stale ETag, a reply to a comment that does not exist): every acknowledged write is kept, each
 * refused one leaves nothing and fails none of the others, and the audit chain verifies.
 */
class ConcurrentEditTest {
    private static final int AUTHORS = 8;
    private static final int ROUNDS = 6;
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

    /** A request sent in a round, with what names it in the registry afterwards: its comment body or revision note. */
    private record Sent(String label, boolean good, Callable<ApiResponse> request) {
    }

    @Test
    void concurrentCommentsAndEditsAreAllKeptRefusalsLeaveNothingAndTheChainVerifies() {
        String id = documentWithBothAuthors(AUTHORS);
        String path = "/api/v1/documents/" + id;
        Map<Integer, String> etags = new HashMap<>();
        JsonNode sections = patients.get(path).json().get("sections");
        IntStream.range(0, AUTHORS).forEach(i -> etags.put(i, "\"" + sections.get(i).get("revision").asInt() + "\""));
        Set<String> acknowledgedComments = new HashSet<>();
        Set<String> acknowledgedEdits = new HashSet<>();
        Set<String> refused = new HashSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<Sent> sent = round(path, round, etags);
            List<ApiResponse> responses = Together.send(sent.stream().map(Sent::request).toList());
            for (int i = 0; i < sent.size(); i++) {
                ApiResponse response = responses.get(i);
                Sent request = sent.get(i);
                if (!request.good()) {
                    assertTrue(response.status() == 412 || response.status() == 400, request.label() + ": " + response);
                    refused.add(request.label());
                } else if (request.label().startsWith("opmerking")) {
                    assertEquals(201, response.status(), request.label() + ": " + response.body());
                    acknowledgedComments.add(request.label());
                } else {
                    assertEquals(200, response.status(), request.label() + ": " + response.body());
                    acknowledgedEdits.add(request.label());
                    etags.put(Integer.parseInt(request.label().split(" ")[1]), response.etag());
                }
            }
        }

        Set<String> comments = new HashSet<>(texts(patients.get(path + "/comments?limit=200").json(), "body"));
        assertEquals(acknowledgedComments, comments, "the comments stored are exactly those acknowledged");
        List<String> notes = texts(patients.get(path + "/revisions?limit=200").json(), "note");
        assertTrue(notes.containsAll(acknowledgedEdits), "every acknowledged edit is a revision");
        assertEquals(notes.size(), Set.copyOf(notes).size(), "no edit is stored twice");
        refused.forEach(label -> assertTrue(!notes.contains(label) && !comments.contains(label), label + " left something"));
        JsonNode document = patients.get(path).json();
        IntStream.range(0, AUTHORS).forEach(i -> assertEquals("deel " + i + " na ronde " + (ROUNDS - 1),
                document.get("sections").get(i).get("body").asText()));
        assertEquals(2 + AUTHORS + AUTHORS * ROUNDS, document.get("revision").asInt(), "one revision per acknowledged change");
        JsonNode verdict = registry.admin().get("/api/v1/events/verify").json();
        assertTrue(verdict.get("valid").asBoolean(), verdict.toString());
    }

    /** Each writer edits its own section and comments; two requests are refused inside their write. */
    private static List<Sent> round(String path, int round, Map<Integer, String> etags) {
        List<Sent> sent = new ArrayList<>();
        for (int i = 0; i < AUTHORS; i++) {
            ApiClient client = i % 2 == 0 ? patients : providers;
            String note = "deel " + i + " ronde " + round;
            String etag = etags.get(i);
            String section = path + "/sections/deel-" + i;
            Map<String, String> text = Map.of("title", "Deel " + i, "body", "deel " + i + " na ronde " + round);
            sent.add(new Sent(note, true, () -> client.put(section, text, "If-Match", etag, "Revision-Note", note)));
            String comment = "opmerking " + i + " ronde " + round;
            sent.add(new Sent(comment, true, () -> client.post(path + "/comments", Map.of("body", comment))));
        }
        String stale = "verouderd ronde " + round;
        sent.add(new Sent(stale, false, () -> patients.put(path + "/sections/deel-0", Map.of("title", "Deel", "body", stale),
                "If-Match", "\"1\"", "Revision-Note", stale)));
        String orphan = "antwoord zonder vraag ronde " + round;
        sent.add(new Sent(orphan, false, () -> providers.post(path + "/comments",
                Map.of("body", orphan, "replyTo", "cmt_0000000000000000"))));
        return sent;
    }

    private static List<String> texts(JsonNode page, String member) {
        assertTrue(page.get("next").isNull(), "one page holds them all");
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .filter(item -> item.hasNonNull(member)).map(item -> item.get(member).asText()).toList();
    }
}
