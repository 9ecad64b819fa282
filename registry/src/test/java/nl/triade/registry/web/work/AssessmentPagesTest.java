package nl.triade.registry.web.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.submission.FinalDocuments;
import nl.triade.registry.http.submission.FinalDocuments.FinalDocument;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.web.signin.FormClient;
import nl.triade.registry.web.signin.FormClient.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Register's assessment pages over HTTP, as a browser sends them: a reviewer of the
 * Zorginstituut finds a submission, assesses each criterion and decides, through the same service
 * calls (and events) as the API; a decision the domain refuses is explained on the page; a form
 * with an error keeps what was typed; whoever the API refuses, the pages refuse alike.
 */
class AssessmentPagesTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(FinalDocuments.outboxSettings(), "register-outbox");
    private static Parties parties;
    private static FormClient reviewer;
    private static ApiClient reviewerApi;

    @BeforeAll
    static void theZorginstituut() {
        parties = new Parties(registry);
        parties.organisation("zorginstituut", "register");
        String account = parties.accountId("zorginstituut", "member");
        reviewer = FormClient.signedIn(registry, account);
        reviewerApi = registry.as(parties.tokenOf(account));
    }

    private static String submit(FinalDocument document) {
        return FinalDocuments.delivered(registry, document);
    }

    private static String title(FinalDocument document) {
        return document.author().get(document.path()).json().get("title").asText();
    }

    @Test
    void aReviewerFindsTheSubmissionAssessesEachCriterionAndDecides() {
        FinalDocument document = FinalDocuments.create(registry);
        String submission = submit(document);
        String sheet = "/beoordeling/" + submission;

        Page list = reviewer.get("/beoordeling");
        assertEquals(200, list.status(), list.body());
        assertTrue(list.body().contains("<a href=\"" + sheet + "\">" + title(document) + "</a>"), list.body());
        assertTrue(list.body().contains("<caption>Aangeboden en nog niet besloten</caption>"), list.body());

        Page page = reviewer.get(sheet);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("Toetsingskader 3.0"), page.body());
        for (String criterion : List.of("tk3-c1", "tk3-c2", "tk3-c3", "tk3-c4", "tk3-c5", "tk3-c6", "tk3-c7", "tk3-c8")) {
            assertTrue(page.body().contains("action=\"" + sheet + "/criteria/" + criterion + "\""), criterion);
        }

        Page early = reviewer.post(sheet + "/besluit", "csrf", page.csrf(), "outcome", "registered", "reason", "Alles in orde.");
        assertEquals(409, early.status(), early.body());
        assertTrue(early.body().contains("Nog niet elke eis is beoordeeld."), early.body());
        assertTrue(early.body().contains("Beoordeel eerst elke eis hierboven."), early.body());
        assertTrue(early.body().contains(">Alles in orde.</textarea>"), "the reason typed is kept");
        assertTrue(early.body().contains("value=\"registered\" checked"), "the choice made is kept");

        for (String criterion : List.of("tk3-c1", "tk3-c2", "tk3-c3", "tk3-c4", "tk3-c5", "tk3-c6", "tk3-c7", "tk3-c8")) {
            Page assessed = reviewer.post(sheet + "/criteria/" + criterion, "csrf", page.csrf(), "result",
                    criterion.equals("tk3-c4") ? "timeline-accepted" : "met", "note", "Gezien.");
            assertEquals(303, assessed.status(), assessed.body());
            assertEquals(sheet + "?melding=assessed#criterion-" + criterion, assessed.location().orElseThrow());
        }
        JsonNode assessment = reviewerApi.get("/api/v1/submissions/" + submission + "/assessment").json();
        assertEquals("timeline-accepted", assessment.get("criteria").get(3).get("result").asText());
        assertEquals("Gezien.", assessment.get("criteria").get(0).get("note").asText());

        Page decided = reviewer.post(sheet + "/besluit", "csrf", page.csrf(), "outcome", "registered",
                "registerReference", "ZIN-2027-31", "reason", "Alles in orde.");
        assertEquals(303, decided.status(), decided.body());
        Page after = reviewer.get(decided.location().orElseThrow());
        assertTrue(after.body().contains("Uw besluit is vastgelegd."), after.body());
        assertTrue(after.body().contains("Besluit: opgenomen in het Register."), after.body());
        assertFalse(after.body().contains("id=\"decision-form\""), "decided: no forms any more");

        assertEquals("registered", registry.anonymous().get(document.path()).json().get("status").asText());
        assertEquals("ZIN-2027-31", registry.anonymous().get(document.path() + "/editions/1").json().get("registerReference").asText());
        List<String> types = new ArrayList<>();
        registry.admin().get("/api/v1/events?document=" + document.id() + "&limit=200").json().get("items")
                .forEach(event -> types.add(event.get("type").asText()));
        assertEquals(8, types.stream().filter("criterion.assessed"::equals).count(), types.toString());
        assertTrue(types.contains("submission.accepted"), types.toString());
        assertFalse(reviewer.get("/beoordeling").body().contains(sheet), "decided: no longer awaiting");
    }

    @Test
    void aFormWithAnErrorShowsItNextToTheFieldAndKeepsWhatWasTyped() {
        String submission = submit(FinalDocuments.create(registry));
        String sheet = "/beoordeling/" + submission;
        String csrf = reviewer.get(sheet).csrf();

        Page noChoice = reviewer.post(sheet + "/criteria/tk3-c2", "csrf", csrf, "note", "<script>alert(1)</script>");
        assertEquals(422, noChoice.status(), noChoice.body());
        assertTrue(noChoice.body().contains("id=\"result-error-tk3-c2\">Kies een van de mogelijkheden.</p>"), noChoice.body());
        assertTrue(noChoice.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;</textarea>"), "kept, and shown as text");
        assertFalse(noChoice.body().contains("<script>alert(1)"), noChoice.body());

        Page tooLong = reviewer.post(sheet + "/besluit", "csrf", csrf, "outcome", "not-registered", "reason", "x".repeat(5001));
        assertEquals(422, tooLong.status(), tooLong.body());
        assertTrue(tooLong.body().contains("id=\"reason-error\">Deze tekst is te lang. Maak hem korter.</p>"), tooLong.body());
        assertTrue(tooLong.body().contains("value=\"not-registered\" checked"), tooLong.body());

        Page unknown = reviewer.post(sheet + "/criteria/tk3-c2", "csrf", csrf, "result", "perfect");
        assertEquals(422, unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("Kies een van de mogelijkheden in de lijst."), unknown.body());

        Page notACriterion = reviewer.post(sheet + "/criteria/tk2015-ks1", "csrf", csrf, "result", "met");
        assertEquals(400, notACriterion.status(), "the API's criterion-not-applicable: " + notACriterion.body());
        assertTrue(notACriterion.body().contains("criterion-not-applicable"), notACriterion.body());

        JsonNode criteria = reviewerApi.get("/api/v1/submissions/" + submission + "/assessment").json().get("criteria");
        criteria.forEach(line -> assertTrue(line.get("result").isNull(), "nothing was recorded: " + criteria));
    }

    @Test
    void whoeverTheApiRefusesThePagesRefuseAlike() {
        FinalDocument document = FinalDocuments.create(registry);
        String submission = submit(document);
        String sheet = "/beoordeling/" + submission;
        parties.organisation("buitenstaander-" + submission.toLowerCase().replaceAll("[^a-z0-9]", ""), "provider");

        Page anonymous = new FormClient(registry.baseUri()).get("/beoordeling");
        assertEquals(303, anonymous.status(), anonymous.body());
        assertEquals("/aanmelden?next=%2Fbeoordeling", anonymous.location().orElseThrow());

        String authorAccount = parties.accountId("patienten", "org-admin");
        FormClient author = FormClient.signedIn(registry, authorAccount);
        ApiClient authorApi = registry.as(parties.tokenOf(authorAccount));
        assertEquals(403, authorApi.get("/api/v1/submissions").status());
        assertEquals(403, author.get("/beoordeling").status(), "the awaiting list is the Register's");
        Page authorsSheet = author.get(sheet);
        assertEquals(200, authorsSheet.status(), "the authors read the assessment of their submission, as in the API");
        assertFalse(authorsSheet.body().contains("id=\"decision-form\""), "but get no forms");
        Page assessed = author.post(sheet + "/criteria/tk3-c1", "csrf", authorsSheet.csrf(), "result", "met");
        assertEquals(403, assessed.status(), assessed.body());
        Page decided = author.post(sheet + "/besluit", "csrf", authorsSheet.csrf(), "outcome", "registered");
        assertEquals(403, decided.status(), decided.body());
        assertEquals(403, authorApi.put("/api/v1/submissions/" + submission + "/assessment/tk3-c1", Map.of("result", "met")).status());

        String outsiderOrganisation = "buitenstaander-" + submission.toLowerCase().replaceAll("[^a-z0-9]", "");
        FormClient outsider = FormClient.signedIn(registry, parties.accountId(outsiderOrganisation, "org-admin"));
        assertEquals(404, outsider.get(sheet).status(), "as GET /submissions/{sid}/assessment: 404");
        assertEquals(404, parties.as(outsiderOrganisation, "org-admin").get("/api/v1/submissions/" + submission + "/assessment").status());

        Page forged = reviewer.post(sheet + "/criteria/tk3-c1", "csrf", "not-the-token", "result", "met");
        assertEquals(403, forged.status(), "a form without the session's token is refused before its handler");
        JsonNode criteria = reviewerApi.get("/api/v1/submissions/" + submission + "/assessment").json().get("criteria");
        criteria.forEach(line -> assertTrue(line.get("result").isNull(), "nothing was recorded: " + criteria));
    }

    @Test
    void aDecisionOnASubmissionStillBeingDeliveredIsExplainedOnThePage() throws Exception {
        Map<String, String> settings = new java.util.HashMap<>(FinalDocuments.outboxSettings());
        settings.put("TRIADE_SUBMISSION_POLL_MS", "600000");
        try (RunningRegistry slow = RunningRegistry.start(false, settings, "register-outbox")) {
            FinalDocument document = FinalDocuments.create(slow);
            ApiResponse submitted = slow.admin().post(document.path() + "/submissions", Map.of("channel", "register-outbox"));
            String sheet = "/beoordeling/" + submitted.json().get("id").asText();
            Parties desk = new Parties(slow);
            desk.organisation("zorginstituut", "register");
            FormClient assessor = FormClient.signedIn(slow, desk.accountId("zorginstituut", "member"));
            Page page = assessor.get(sheet);
            assertTrue(page.body().contains("Wordt nog afgeleverd"), page.body());

            Page refused = assessor.post(sheet + "/besluit", "csrf", page.csrf(), "outcome", "not-registered", "reason", "Te vroeg.");
            assertEquals(409, refused.status(), refused.body());
            assertTrue(refused.body().contains("Deze aanbieding wordt nog afgeleverd."), refused.body());
            assertTrue(refused.body().contains("U kunt besluiten als het Register de aanbieding heeft ontvangen."), refused.body());
            assertTrue(refused.body().contains(">Te vroeg.</textarea>"), "the reason typed is kept");
        }
    }
}
