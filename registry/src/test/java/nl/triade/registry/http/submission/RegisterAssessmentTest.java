package nl.triade.registry.http.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RegisterDesk;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.submission.FinalDocuments.FinalDocument;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.Test;

/**
 * The Register (accounts of a {@code register} organisation other than the operator's) assesses a
 * submission criterion by criterion and decides it; the operator's administrator and the care
 * parties do neither.
 */
class RegisterAssessmentTest {

    private static RunningRegistry start() throws Exception {
        return RunningRegistry.start(false, Map.of("TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY",
                Files.createTempDirectory("triade-outbox").toString()), "register-outbox");
    }

    private static String submit(RunningRegistry registry, FinalDocument document) {
        ApiResponse submitted = registry.admin().post(document.path() + "/submissions", Map.of("channel", "register-outbox"));
        assertEquals(201, submitted.status(), submitted.body());
        return submitted.json().get("id").asText();
    }

    @Test
    void theOperatorsAdministratorAndTheCarePartiesNeitherAssessNorDecide() throws Exception {
        try (RunningRegistry registry = start()) {
            FinalDocument document = FinalDocuments.create(registry);
            String submission = "/api/v1/submissions/" + submit(registry, document);

            for (ApiClient refused : List.of(registry.admin(), document.author())) {
                ApiResponse decided = refused.post(submission + "/outcome", Map.of("outcome", "registered"));
                assertEquals(403, decided.status(), decided.body());
                assertEquals("register-decides", decided.json().get("rule").asText());
                ApiResponse assessed = refused.put(submission + "/assessment/tk3-c1", Map.of("result", "met"));
                assertEquals(403, assessed.status(), assessed.body());
                assertEquals("register-decides", assessed.json().get("rule").asText());
            }
            assertEquals("submitted", document.author().get(document.path()).json().get("status").asText());
        }
    }

    @Test
    void theRegisterSeesWhatAwaitsItsAssessmentAndWhatItNeedsForIt() throws Exception {
        try (RunningRegistry registry = start()) {
            FinalDocument document = FinalDocuments.create(registry);
            String id = submit(registry, document);
            RegisterDesk register = RegisterDesk.open(registry);
            ApiClient assessor = register.assessor();

            JsonNode awaiting = assessor.get("/api/v1/submissions").json().get("items");
            assertEquals(1, awaiting.size(), awaiting.toString());
            assertEquals(id, awaiting.get(0).get("id").asText());
            assertEquals(200, assessor.get("/api/v1/submissions/" + id).status());
            assertEquals(200, assessor.get(document.path() + "/validations/latest").status());
            assertEquals(200, assessor.get(document.path() + "/submissions").status());

            JsonNode sheet = assessor.get("/api/v1/submissions/" + id + "/assessment").json();
            assertEquals("tk-3", sheet.get("framework").asText(), "submitted today: Toetsingskader 3.0 applies");
            assertEquals("standard", sheet.get("subject").asText());
            assertEquals(List.of("tk3-c1", "tk3-c2", "tk3-c3", "tk3-c4", "tk3-c5", "tk3-c6", "tk3-c7", "tk3-c8"),
                    texts(sheet.get("criteria"), "criterion"));

            Parties parties = new Parties(registry);
            parties.organisation("buitenstaander", "provider");
            ApiClient outsider = parties.as("buitenstaander", "org-admin");
            assertEquals(403, outsider.get("/api/v1/submissions").status(), "the awaiting list is the Register's");
            assertEquals(404, outsider.get("/api/v1/submissions/" + id).status());
            assertEquals(404, outsider.get("/api/v1/submissions/" + id + "/assessment").status());
            assertEquals(403, outsider.get(document.path() + "/validations/latest").status());

            register.register(id, "ZIN-2027-9");
            assertEquals(0, assessor.get("/api/v1/submissions").json().get("items").size(), "decided: no longer awaiting");
            assertEquals(403, assessor.get(document.path() + "/validations/latest").status(),
                    "the Register reads a document's workings only while it is submitted");
        }
    }

    @Test
    void registeredNeedsEveryCriterionMetOrItsTimelineAccepted() throws Exception {
        try (RunningRegistry registry = start()) {
            FinalDocument document = FinalDocuments.create(registry);
            String id = submit(registry, document);
            RegisterDesk register = RegisterDesk.open(registry);
            register.awaitDelivery(id);
            ApiClient assessor = register.assessor();
            String sheet = "/api/v1/submissions/" + id + "/assessment";

            ApiResponse early = assessor.post("/api/v1/submissions/" + id + "/outcome", Map.of("outcome", "registered"));
            assertEquals(409, early.status(), early.body());
            assertEquals("assessment-incomplete", early.json().get("rule").asText());

            for (String criterion : List.of("tk3-c1", "tk3-c2", "tk3-c3", "tk3-c5", "tk3-c6", "tk3-c7", "tk3-c8")) {
                assertEquals(200, assessor.put(sheet + "/" + criterion, Map.of("result", "met")).status());
            }
            ApiResponse onTimeline = assessor.put(sheet + "/tk3-c4", Map.of("result", "not-met", "note", "Geen cliëntenversie."));
            assertEquals(200, onTimeline.status(), onTimeline.body());
            assertEquals("not-met", onTimeline.json().get("result").asText());
            ApiResponse refused = assessor.post("/api/v1/submissions/" + id + "/outcome", Map.of("outcome", "registered"));
            assertEquals(409, refused.status(), refused.body());
            assertEquals("criteria-not-met", refused.json().get("rule").asText());

            ApiResponse changed = assessor.put(sheet + "/tk3-c4", Map.of("result", "timeline-accepted",
                    "note", "Tijdpad tot 1 juli aanvaard."));
            assertEquals(200, changed.status(), changed.body());
            ApiResponse decided = assessor.post("/api/v1/submissions/" + id + "/outcome", Map.of("outcome", "registered",
                    "registerReference", "ZIN-2027-12"));
            assertEquals(200, decided.status(), decided.body());
            assertEquals("registered", decided.json().get("outcome").asText());
            assertEquals("registered", registry.anonymous().get(document.path()).json().get("status").asText());
            assertEquals("ZIN-2027-12", registry.anonymous().get(document.path() + "/editions/1").json()
                    .get("registerReference").asText());

            ApiResponse late = assessor.put(sheet + "/tk3-c4", Map.of("result", "met"));
            assertEquals(409, late.status(), "assessments change only until the decision");
            assertEquals("outcome-recorded", late.json().get("rule").asText());
            assertEquals("timeline-accepted", document.author().get(sheet).json().get("criteria").get(3).get("result").asText(),
                    "the authors read the assessment of their submission");

            List<String> types = new ArrayList<>();
            registry.admin().get("/api/v1/events?document=" + document.id() + "&limit=200").json().get("items")
                    .forEach(event -> types.add(event.get("type").asText()));
            assertEquals(9, types.stream().filter("criterion.assessed"::equals).count(), types.toString());
            assertTrue(types.contains("submission.accepted"), types.toString());
        }
    }

    @Test
    void onlyTheCriteriaOfTheSubmissionsFrameworkAndSubjectAreAssessed() throws Exception {
        try (RunningRegistry registry = start()) {
            String id = submit(registry, FinalDocuments.create(registry));
            ApiClient assessor = RegisterDesk.open(registry).assessor();
            String sheet = "/api/v1/submissions/" + id + "/assessment/";
            for (String criterion : List.of("tk2015-ks1", "tk3-mi1", "tk3-c99")) {
                ApiResponse refused = assessor.put(sheet + criterion, Map.of("result", "met"));
                assertEquals(400, refused.status(), refused.body());
                assertEquals("criterion", refused.json().get("field").asText());
                assertEquals("criterion-not-applicable", refused.json().get("rule").asText());
            }
            ApiResponse noResult = assessor.put(sheet + "tk3-c1", Map.of("note", "?"));
            assertEquals(400, noResult.status());
            assertEquals("result", noResult.json().get("field").asText());
        }
    }

    @Test
    void notRegisteredNamesTheCriteriaAssessedNotMet() throws Exception {
        try (RunningRegistry registry = start()) {
            FinalDocument document = FinalDocuments.create(registry);
            String id = submit(registry, document);
            RegisterDesk register = RegisterDesk.open(registry);
            register.awaitDelivery(id);
            ApiClient assessor = register.assessor();
            String outcome = "/api/v1/submissions/" + id + "/outcome";

            ApiResponse nothingUnmet = assessor.post(outcome, Map.of("outcome", "not-registered"));
            assertEquals(409, nothingUnmet.status(), nothingUnmet.body());
            assertEquals("no-unmet-criteria", nothingUnmet.json().get("rule").asText());

            assessor.put("/api/v1/submissions/" + id + "/assessment/tk3-c3", Map.of("result", "not-met",
                    "note", "Geen onderbouwing."));
            ApiResponse decided = assessor.post(outcome, Map.of("outcome", "not-registered", "reason", "Onderbouwing ontbreekt."));
            assertEquals(200, decided.status(), decided.body());
            assertEquals("not-registered", decided.json().get("outcome").asText());
            assertEquals(List.of("tk3-c3"), texts(decided.json().get("unmetCriteria"), null));
            assertEquals("rejected", document.author().get(document.path()).json().get("status").asText());
            ApiResponse again = assessor.post(outcome, Map.of("outcome", "registered"));
            assertEquals(409, again.status());
            assertEquals("outcome-recorded", again.json().get("rule").asText());
        }
    }

    @Test
    void aTk3StandardWhoseC7IsAssessedIsReferredToTheMinisterAndThenDecided() throws Exception {
        try (RunningRegistry registry = start()) {
            FinalDocument document = FinalDocuments.create(registry);
            String id = submit(registry, document);
            RegisterDesk register = RegisterDesk.open(registry);
            register.awaitDelivery(id);
            ApiClient assessor = register.assessor();
            String outcome = "/api/v1/submissions/" + id + "/outcome";

            ApiResponse unassessed = assessor.post(outcome, Map.of("outcome", "referred-to-minister"));
            assertEquals(409, unassessed.status(), unassessed.body());
            assertEquals("not-referable", unassessed.json().get("rule").asText());

            assessor.put("/api/v1/submissions/" + id + "/assessment/tk3-c7", Map.of("result", "met",
                    "note", "Meerkosten van 40 miljoen per jaar."));
            ApiResponse referred = assessor.post(outcome, Map.of("outcome", "referred-to-minister",
                    "reason", "Financiële consequenties."));
            assertEquals(200, referred.status(), referred.body());
            assertEquals("referred-to-minister", referred.json().get("outcome").asText());
            assertEquals("submitted", document.author().get(document.path()).json().get("status").asText());
            assertEquals(1, assessor.get("/api/v1/submissions").json().get("items").size(), "still awaiting the decision");
            ApiResponse twice = assessor.post(outcome, Map.of("outcome", "referred-to-minister"));
            assertEquals(409, twice.status());
            assertEquals("not-referable", twice.json().get("rule").asText());

            JsonNode decided = register.register(id, "ZIN-2027-14");
            assertEquals("registered", decided.get("outcome").asText());
            assertEquals("Financiële consequenties.", decided.get("referral").get("reason").asText());
            assertEquals("registered", registry.anonymous().get(document.path()).json().get("status").asText());
        }
    }

    private static List<String> texts(JsonNode array, String member) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(member == null ? item.asText() : item.get(member).asText()));
        return texts;
    }
}
