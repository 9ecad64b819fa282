package nl.triade.registry.http.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RegisterDesk;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.submission.FinalDocuments.FinalDocument;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Test;

/** The registered edition stays public while the next version is drafted. */
class EditionTest {

    @Test
    void revisingARegisteredStandardKeepsTheRegisteredEditionPublic() throws Exception {
        try (RunningRegistry registry = FinalDocuments.withOutbox()) {
            FinalDocument document = FinalDocuments.create(registry);
            String registeredHash = document.author().get(document.path()).json().get("contentHash").asText();
            String submission = "/api/v1/submissions/" + registry.admin().post(document.path() + "/submissions",
                    Map.of("channel", "register-outbox")).json().get("id").asText();
            Eventually.until("the package is written", () -> registry.admin().get(submission).json().get("state").asText().equals("sent"));
            RegisterDesk.open(registry).register(submission.substring(submission.lastIndexOf('/') + 1), "ZIN-2026-7");

            ApiClient anyone = registry.anonymous();
            JsonNode editions = anyone.get(document.path() + "/editions").json().get("items");
            assertEquals(1, editions.size());
            assertEquals(1, editions.get(0).get("version").asInt());
            assertEquals("ZIN-2026-7", editions.get(0).get("registerReference").asText());
            assertEquals(registeredHash, editions.get(0).get("contentHash").asText());

            ApiResponse revised = document.author().post(document.path() + "/transitions", Map.of("action", "revise"));
            assertEquals(200, revised.status(), revised.body());
            assertEquals(2, revised.json().get("version").asInt());
            ApiResponse edited = document.author().patch(document.path(), Map.of("title", "Artrose, herziene versie"),
                    "If-Match", document.author().get(document.path()).etag());
            assertEquals(200, edited.status(), edited.body());

            ApiResponse draft = anyone.get(document.path());
            assertEquals(401, draft.status(), "the new draft is not public");
            assertTrue(draft.json().get("detail").asText().endsWith("its registered editions are public at " + document.path()
                    + "/editions"), draft.body());
            assertEquals(1, anyone.get(document.path() + "/editions").json().get("items").size());
            JsonNode inForce = anyone.get(document.path() + "/editions/1").json();
            assertEquals("Artrose", inForce.get("content").get("title").asText(), "the edition shows the registered text");
            assertEquals(registeredHash, inForce.get("contentHash").asText());
            assertEquals(404, anyone.get(document.path() + "/editions/2").status());
            assertEquals(400, anyone.get(document.path() + "/editions/twee").status());
        }
    }

    @Test
    void aDocumentWithoutEditionsIsAsPrivateAsTheDocument() {
        try (RunningRegistry registry = RunningRegistry.start()) {
            Parties parties = new Parties(registry);
            parties.organisation("patienten", "patient");
            parties.organisation("buren", "provider");
            ApiClient author = parties.as("patienten", "member");
            ApiClient outsider = parties.as("buren", "member");
            String editions = "/api/v1/documents/" + author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Concept"))
                    .json().get("id").asText() + "/editions";

            assertEquals(0, author.get(editions).json().get("items").size());
            assertEquals(404, author.get(editions + "/1").status());
            assertEquals(401, registry.anonymous().get(editions).status());
            assertEquals(401, registry.anonymous().get(editions + "/1").status());
            assertEquals(404, outsider.get(editions).status());
            assertEquals(404, outsider.get(editions + "/1").status());
            assertEquals(404, registry.admin().get("/api/v1/documents/nope/editions").status());
        }
    }
}
