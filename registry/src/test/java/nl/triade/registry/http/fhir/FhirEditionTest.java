package nl.triade.registry.http.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.RegisterDesk;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.submission.FinalDocuments;
import nl.triade.registry.http.submission.FinalDocuments.FinalDocument;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Test;

/** A registered edition in FHIR: public like the edition, active while in force, retired once withdrawn from the Register. */
class FhirEditionTest {

    @Test
    void aRegisteredEditionIsReadAnonymouslyAndKeepsItsStatusInTheRegister() throws IOException {
        try (RunningRegistry registry = RunningRegistry.start(false, Map.of("TRIADE_PUBLIC_URL", "https://register.example.nl/triade",
                "TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY", Files.createTempDirectory("triade-fhir-outbox").toString(),
                "TRIADE_SUBMISSION_POLL_MS", "50"), "register-outbox")) {
            FinalDocument standard = FinalDocuments.create(registry);
            String instrument = standard.author().post("/api/v1/documents", Map.of("kind", "instrument", "title", "Artrose-indicatoren",
                    "standardId", standard.id())).json().get("id").asText();
            RegisterDesk register = RegisterDesk.open(registry);
            String submission = registry.admin().post(standard.path() + "/submissions", Map.of("channel", "register-outbox"))
                    .json().get("id").asText();
            Eventually.until("the package is written", () -> registry.admin().get("/api/v1/submissions/" + submission).json()
                    .get("state").asText().equals("sent"));
            register.register(submission, "ZIN-2026-9");
            ApiClient anyone = registry.anonymous();

            JsonNode edition = valid(anyone.get(standard.path() + "/editions/1/fhir"));
            assertEquals("PlanDefinition", edition.get("resourceType").asText());
            assertEquals("https://register.example.nl/triade/fhir/PlanDefinition/" + standard.id().replace('_', '-'),
                    edition.get("url").asText());
            assertEquals("active", edition.get("status").asText());
            assertEquals("1", edition.get("version").asText());
            String today = registry.clock().instant().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate().toString();
            assertEquals(today, edition.get("approvalDate").asText());
            assertEquals(today, edition.get("effectivePeriod").get("start").asText());
            JsonNode registered = anyone.get(standard.path() + "/editions/1").json();
            assertEquals(registered.get("revision").asText(), edition.get("meta").get("versionId").asText());
            assertEquals("Artrose", edition.get("title").asText());
            assertFalse(edition.has("relatedArtifact"), "the instrument is a draft its authors have not shared: " + instrument);

            ApiResponse revised = standard.author().post(standard.path() + "/transitions", Map.of("action", "revise"));
            assertEquals(200, revised.status(), revised.body());
            assertEquals(200, standard.author().patch(standard.path(), Map.of("title", "Artrose, herzien"),
                    "If-Match", standard.author().get(standard.path()).etag()).status());
            JsonNode draft = valid(standard.author().get(standard.path() + "/fhir"));
            assertEquals(List.of("draft", "2", "Artrose, herzien"), List.of(draft.get("status").asText(),
                    draft.get("version").asText(), draft.get("title").asText()));
            assertEquals(401, anyone.get(standard.path() + "/fhir").status(), "the next version's draft is not public");
            JsonNode stillInForce = valid(anyone.get(standard.path() + "/editions/1/fhir"));
            assertEquals(List.of("active", "Artrose"), List.of(stillInForce.get("status").asText(), stillInForce.get("title").asText()));
            assertEquals(404, anyone.get(standard.path() + "/editions/2/fhir").status());

            assertEquals(200, register.assessor().post(standard.path() + "/editions/1/withdrawal",
                    Map.of("reason", "Verouderd.")).status());
            assertEquals("retired", valid(anyone.get(standard.path() + "/editions/1/fhir")).get("status").asText());
        }
    }

    private static JsonNode valid(ApiResponse response) {
        assertEquals(200, response.status(), response.body());
        assertEquals(List.of(), FhirR4Validator.errors(response.body()), response.body());
        return response.json();
    }
}
