package nl.triade.registry.http.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;
import nl.triade.registry.verify.VerifyPackageCommand;
import org.junit.jupiter.api.Test;

/**
 * The README's "full round with the demo data", step by step, on the demo data set and with the
 * shipped validators loaded, as the Quick start runs it.
 */
class WalkthroughTest {

    @Test
    void theDemoStandardGoesFromDraftThroughConsultationAndAuthorisationToTheRegistersDecision() throws Exception {
        Path outbox = Files.createTempDirectory("triade-outbox");
        try (RunningRegistry registry = RunningRegistry.start(true, Map.of("TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY", outbox.toString(),
                "TRIADE_SUBMISSION_POLL_MS", "50"), "toetsingskader", "patient-perspective", "insurer-review", "register-outbox")) {
            ApiClient anna = registry.as("demo-diabetesvereniging-org-admin");
            ApiClient carla = registry.as("demo-internisten-org-admin");
            ApiClient daan = registry.as("demo-zorgverzekeraar-a-org-admin");
            ApiClient eva = registry.as("demo-zorgverzekeraar-b-member");

            JsonNode found = anna.get("/api/v1/documents?q=Diabetische").json().get("items");
            assertEquals(1, found.size());
            String doc = "/api/v1/documents/" + found.get(0).get("id").asText();
            for (String organisation : new String[] {"internisten", "zorgverzekeraar-a"}) {
                ApiResponse invited = anna.put(doc + "/participants/" + organisation, Map.of("role", "author"),
                        "If-Match", anna.get(doc).etag());
                assertEquals(201, invited.status(), invited.body());
            }

            String closesAt = registry.clock().instant().plus(42, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
            assertEquals("consultation", anna.post(doc + "/transitions", Map.of("action", "open-consultation",
                    "closesAt", closesAt)).json().get("status").asText());

            ApiResponse comment = eva.post(doc + "/comments", Map.of("body",
                    "Welke indicator meet of het voetonderzoek echt jaarlijks gebeurt?", "sectionKey", "zorginhoud"));
            assertEquals(201, comment.status(), comment.body());
            assertEquals("zorgverzekeraar-b", comment.json().get("organisation").asText());
            ApiClient bram = registry.as("demo-diabetesvereniging-member");
            ApiResponse fromCarla = carla.post(doc + "/comments", Map.of("body",
                    "Noem de podotherapeut ook bij een wond die na twee weken niet geneest.", "sectionKey", "organisatie"));
            assertEquals(201, fromCarla.status(), fromCarla.body());
            ApiResponse fromBram = bram.post(doc + "/comments", Map.of("body", "Kan de standaard ook zeggen welke schoenen passen?"));
            assertEquals(201, fromBram.status(), fromBram.body());

            assertEquals("draft", anna.post(doc + "/transitions", Map.of("action", "close-consultation")).json().get("status").asText());
            ApiResponse open = anna.get(doc + "/comments?status=open", "Accept", "text/csv");
            assertEquals(200, open.status(), open.body());
            assertEquals(4, open.body().lines().count(), "a header and the three open comments: " + open.body());
            Map<ApiResponse, List<String>> answers = Map.of(
                    comment, List.of("accepted", "Opgenomen in het meetinstrument."),
                    fromCarla, List.of("partly-accepted", "Het voetenteam blijft de wond behandelen; de podotherapeut ziet de patiënt daarna."),
                    fromBram, List.of("rejected", "Schoenadvies hoort in de voorlichting van de vereniging, niet in de standaard."));
            answers.forEach((posted, answer) -> {
                ApiResponse answered = anna.patch(doc + "/comments/" + posted.json().get("id").asText(), Map.of("status", "resolved",
                        "disposition", answer.get(0), "rationale", answer.get(1)));
                assertEquals(200, answered.status(), answered.body());
            });

            assertEquals("tk-3", anna.get(doc).json().get("framework").get("version").asText());
            JsonNode report = anna.post(doc + "/validations", Map.of()).json();
            assertEquals(true, report.get("passed").asBoolean(), report.toString());
            JsonNode other = anna.get("/api/v1/documents?q=volwassenen").json().get("items");
            assertEquals(1, other.size());
            List<String> toetsingskader = new ArrayList<>();
            anna.post("/api/v1/documents/" + other.get(0).get("id").asText() + "/validations", Map.of()).json().get("findings")
                    .forEach(finding -> {
                        if (finding.get("validator").asText().equals("toetsingskader") && !finding.get("severity").asText().equals("info")) {
                            toetsingskader.add(finding.get("rule").asText() + ":" + finding.get("severity").asText());
                        }
                    });
            assertEquals(List.of("tk-financial-impact:error", "tk-financial-impact:error"), toetsingskader,
                    "the other demo standard fails only on criterion 7: no estimate, nobody who assessed it");
            JsonNode frozen = anna.post(doc + "/transitions", Map.of("action", "request-authorisation")).json();
            assertEquals("authorisation", frozen.get("status").asText());
            for (ApiClient organisation : new ApiClient[] {anna, carla, daan}) {
                ApiResponse approved = organisation.post(doc + "/approvals", Map.of("decision", "approve",
                        "contentHash", frozen.get("frozenContentHash").asText()));
                assertEquals(201, approved.status(), approved.body());
            }

            assertEquals("final", anna.get(doc).json().get("status").asText());
            assertEquals(3, anna.get(doc + "/approvals").json().get("items").size());
            assertEquals("accepted", eva.get(doc + "/comments").json().get("items").get(0).get("disposition").asText(),
                    "the answer is public to the commenter too");
            JsonNode events = registry.admin().get("/api/v1/events?document=" + doc.substring(doc.lastIndexOf('/') + 1)
                    + "&limit=200").json().get("items");
            assertEquals("document.final", events.get(events.size() - 1).get("type").asText());
            assertEquals(0, anna.get(doc + "/comments?status=open").json().get("items").size(),
                    "the demo insurer's automated reviewer found nothing to ask about this standard");

            ApiClient administrator = registry.as("demo-administrator");
            ApiResponse submitted = administrator.post(doc + "/submissions", Map.of("channel", "register-outbox"));
            assertEquals(201, submitted.status(), submitted.body());
            String submission = "/api/v1/submissions/" + submitted.json().get("id").asText();
            Eventually.until("the outbox wrote the package", () -> administrator.get(submission).json().get("state").asText().equals("sent"));
            Path pack = outbox.resolve(submitted.json().get("id").asText());
            assertEquals(0, VerifyPackageCommand.run(List.of(pack.toString(), "--key", registry.baseUri().resolve("/api/v1/events/key")
                    .toString()), System.out, System.err), "the package verifies with the registry's published key");

            ApiClient frank = registry.as("demo-zorginstituut-member");
            JsonNode awaiting = frank.get("/api/v1/submissions").json().get("items");
            assertEquals(submitted.json().get("id").asText(), awaiting.get(0).get("id").asText());
            assertEquals(true, frank.get(doc + "/validations/latest").json().get("passed").asBoolean());
            assertEquals("tk-3", frank.get(submission + "/assessment").json().get("framework").asText());
            for (String criterion : new String[] {"tk3-c1", "tk3-c2", "tk3-c3", "tk3-c6", "tk3-c7", "tk3-c8"}) {
                ApiResponse met = frank.put(submission + "/assessment/" + criterion, Map.of("result", "met"));
                assertEquals(200, met.status(), met.body());
            }
            for (String criterion : new String[] {"tk3-c4", "tk3-c5"}) {
                ApiResponse onTimeline = frank.put(submission + "/assessment/" + criterion, Map.of("result", "timeline-accepted",
                        "note", "Tijdpad aanvaard."));
                assertEquals(200, onTimeline.status(), onTimeline.body());
            }

            ApiResponse decided = frank.post(submission + "/outcome", Map.of("outcome", "registered",
                    "registerReference", "ZIN-2027-001"));
            assertEquals("registered", decided.json().get("outcome").asText(), decided.body());
            assertEquals("registered", registry.anonymous().get(doc).json().get("status").asText());
            assertEquals("ZIN-2027-001", registry.anonymous().get(doc + "/editions/1").json().get("registerReference").asText());
            JsonNode planDefinition = registry.anonymous().get(doc + "/editions/1/fhir").json();
            assertEquals(List.of("PlanDefinition", "active"), List.of(planDefinition.get("resourceType").asText(),
                    planDefinition.get("status").asText()));
            String instrument = anna.get("/api/v1/documents?kind=instrument").json().get("items").get(0).get("id").asText();
            JsonNode measure = anna.get("/api/v1/documents/" + instrument + "/fhir").json();
            assertEquals(List.of("Measure", "2"), List.of(measure.get("resourceType").asText(), Integer.toString(measure.get("group").size())));
            assertEquals(true, registry.admin().get("/api/v1/events/verify").json().get("valid").asBoolean());

            ApiResponse csv = registry.anonymous().get(doc + "/editions/1/consultation-report", "Accept", "text/csv");
            assertEquals(200, csv.status(), csv.body());
            List<String> lines = csv.body().lines().toList();
            assertEquals(4, lines.size(), "a header and the three answered comments: " + csv.body());
            assertTrue(lines.get(1).contains(";zorgverzekeraar-b;Zorgverzekeraar B;insurer;;;person;")
                    && lines.get(2).contains(";internisten;Nederlandse Internisten Vereniging;provider;")
                    && lines.get(3).contains(";diabetesvereniging;Diabetesvereniging Nederland;patient;"), csv.body());
        }
    }
}
