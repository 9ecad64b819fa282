package nl.triade.registry.web.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.web.PageReader;
import nl.triade.registry.web.signin.FormClient;
import nl.triade.registry.web.signin.FormClient.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The decision page over HTTP as a browser sends it: board members of the three author
 * organisations approve exactly the frozen text, as through the API; those who may not decide see
 * why and no form; a text changed since the page was shown, a rejection without reason, a second
 * decision and a form without its CSRF token are refused on the page.
 */
class DecisionPagesTest {
    private static final Pattern HASH_FIELD = Pattern.compile("name=\"contentHash\" value=\"([0-9a-f]{64})\"");
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of("TRIADE_RATE_LIMITS", "off"));
    private static Parties parties;
    private static ApiClient writer;
    private static ApiClient patientsApi;

    @BeforeAll
    static void organisations() {
        parties = new Parties(registry);
        parties.organisation("longpatienten", "patient");
        parties.organisation("longartsen", "provider");
        parties.organisation("zorgverzekeraar", "insurer");
        parties.organisation("apothekers", "provider");
        parties.organisation("buitenstaander", "patient");
        writer = parties.as("longpatienten", "member");
        patientsApi = parties.as("longpatienten", "org-admin");
    }

    /** A standard by the three parties, the pharmacists commenting, in authorisation: its id. */
    private static String inAuthorisation(String title) {
        String id = writer.post("/api/v1/documents", Map.of("kind", "standard", "title", title)).json().get("id").asText();
        String path = "/api/v1/documents/" + id;
        assertEquals(201, writer.put(path + "/sections/zorg", Map.of("title", "Zorg", "body", "Eerste versie."),
                "If-None-Match", "*").status());
        for (String[] participant : new String[][] {{"longartsen", "author"}, {"zorgverzekeraar", "author"}, {"apothekers", "commenter"}}) {
            assertEquals(201, writer.put(path + "/participants/" + participant[0], Map.of("role", participant[1]),
                    "If-Match", writer.get(path).etag()).status());
        }
        requestAuthorisation(id);
        return id;
    }

    private static JsonNode requestAuthorisation(String id) {
        assertEquals(201, writer.post("/api/v1/documents/" + id + "/validations", Map.of()).status());
        ApiResponse requested = patientsApi.post("/api/v1/documents/" + id + "/transitions", Map.of("action", "request-authorisation"));
        assertEquals(200, requested.status(), requested.body());
        return requested.json();
    }

    /** A browser in which a new account of {@code organisation} with {@code role} is signed in. */
    private static FormClient signedIn(String organisation, String role) {
        return FormClient.signedIn(registry, parties.accountId(organisation, role));
    }

    private static Page page(FormClient browser, String id, int status) {
        Page page = browser.get(decisionPath(id));
        assertEquals(status, page.status(), page.body());
        PageReader.assertIsAPage(page.response());
        return page;
    }

    /** The page a sent form leads to. */
    private static Page followed(FormClient browser, Page sent) {
        Page page = browser.get(sent.location().orElseThrow());
        assertEquals(200, page.status(), page.body());
        PageReader.assertIsAPage(page.response());
        return page;
    }

    private static String decisionPath(String id) {
        return "/documenten/" + id + "/besluit";
    }

    private static String shownHash(Page page) {
        Matcher found = HASH_FIELD.matcher(page.body());
        assertTrue(found.find(), "a form bound to a content hash on\n" + page.body());
        return found.group(1);
    }

    private static Page decide(FormClient browser, Page shown, String id, String decision, String motivation) {
        return browser.post(decisionPath(id), "csrf", shown.csrf(), "contentHash", shownHash(shown), "decision", decision,
                "motivation", motivation);
    }

    private static JsonNode api(String id) {
        return registry.admin().get("/api/v1/documents/" + id).json();
    }

    private static String grouped(String hash) {
        return String.join(" ", hash.split("(?<=\\G.{4})"));
    }

    @Test
    void threeBoardMembersOfThreeOrganisationsApproveAndTheDocumentIsFinalAsThroughTheApi() {
        String id = inAuthorisation("COPD");
        String frozen = api(id).get("frozenContentHash").asText();
        int revision = api(id).get("frozenRevision").asInt();
        List<String> organisations = List.of("longpatienten", "longartsen", "zorgverzekeraar");
        for (int i = 0; i < organisations.size(); i++) {
            FormClient board = signedIn(organisations.get(i), "org-admin");
            Page shown = page(board, id, 200);
            assertTrue(shown.body().contains(grouped(frozen)), "the fingerprint, grouped by four, on\n" + shown.body());
            assertTrue(shown.body().contains("id=\"frozen-revision\">" + revision + "<"), shown.body());
            assertTrue(shown.body().contains("href=\"/documenten/" + id + "/verschil?van=1&amp;naar=" + revision + "\""),
                    "a link to the difference since the first version");
            assertEquals(frozen, shownHash(shown), "the form binds to the frozen text");
            assertTrue(shown.body().contains("<th scope=\"row\">Organisation longpatienten</th>") == i > 0, "the decisions so far");

            Page sent = decide(board, shown, id, "approve", "");
            assertEquals(303, sent.status(), sent.body());
            assertEquals(decisionPath(id) + "?besloten=approve", sent.location().orElseThrow());
            Page after = followed(board, sent);
            assertTrue(after.body().contains("U heeft deze versie goedgekeurd"), after.body());
            assertTrue(after.body().contains("<th scope=\"row\">Organisation " + organisations.get(i) + "</th>"), after.body());
            assertTrue(after.body().contains("org-admin of " + organisations.get(i)), "the board member's name, for an insider");
        }
        JsonNode document = api(id);
        assertEquals("final", document.get("status").asText());
        JsonNode approvals = registry.admin().get("/api/v1/documents/" + id + "/approvals").json().get("items");
        assertEquals(3, approvals.size());
        for (JsonNode approval : approvals) {
            assertEquals("approve", approval.get("decision").asText());
            assertEquals(frozen, approval.get("contentHash").asText());
        }
        long recorded = registry.admin().get("/api/v1/events?document=" + id).json().get("items").findValues("type").stream()
                .filter(type -> type.asText().equals("approval.recorded")).count();
        assertEquals(3, recorded, "each decision one event, as through the API");
    }

    @Test
    void whoMayNotDecideSeesWhyAndNoFormAndAnOutsiderGetsTheApisNotFound() {
        String id = inAuthorisation("Astma");
        Map<String, String> reasons = Map.of(
                "longpatienten/member", "Alleen een bestuurder van uw organisatie kan hier besluiten",
                "apothekers/org-admin", "Uw organisatie is geen auteur van dit document");
        reasons.forEach((who, reason) -> {
            String[] parts = who.split("/");
            Page page = page(signedIn(parts[0], parts[1]), id, 200);
            assertTrue(page.body().contains(reason), who + " sees why on\n" + page.body());
            assertFalse(page.body().contains("id=\"approve-form\""), who + " sees no form");
            assertFalse(page.body().contains("id=\"reject-form\""), who + " sees no form");
        });
        FormClient outsider = signedIn("buitenstaander", "org-admin");
        assertEquals(404, parties.as("buitenstaander", "org-admin").get("/api/v1/documents/" + id + "/approvals").status());
        page(outsider, id, 404);
        Page refused = outsider.post(decisionPath(id), "csrf", outsider.get("/").csrf(), "contentHash", "0".repeat(64),
                "decision", "approve", "motivation", "");
        assertEquals(404, refused.status(), refused.body());
        assertEquals("authorisation", api(id).get("status").asText());
    }

    @Test
    void aTextChangedSinceThePageWasShownIsRefusedAndThePageShowsTheNewFingerprint() {
        String id = inAuthorisation("Longfibrose");
        FormClient patients = signedIn("longpatienten", "org-admin");
        Page stale = page(patients, id, 200);
        String before = shownHash(stale);

        FormClient providers = signedIn("longartsen", "org-admin");
        assertEquals(303, decide(providers, page(providers, id, 200), id, "reject", "De dosering klopt niet.").status());
        assertEquals(200, writer.put("/api/v1/documents/" + id + "/sections/zorg", Map.of("title", "Zorg", "body", "Tweede versie."),
                "If-Match", "*").status());
        String after = requestAuthorisation(id).get("frozenContentHash").asText();

        Page refused = decide(patients, stale, id, "approve", "");
        assertEquals(409, refused.status(), refused.body());
        PageReader.assertIsAPage(refused.response());
        assertTrue(refused.body().contains("De tekst is veranderd"), refused.body());
        assertTrue(refused.body().contains("id=\"stale-fingerprint\">" + grouped(before) + "<"), refused.body());
        assertTrue(refused.body().contains("id=\"new-fingerprint\">" + grouped(after) + "<"), refused.body());
        assertEquals(after, shownHash(refused), "the form now binds to the new text");
        assertTrue(refused.body().contains("href=\"/documenten/" + id + "/verschil?van=" + stale.body().replaceAll("(?s).*id=\"frozen-revision\">(\\d+)<.*", "$1")),
                "the difference since the rejected round's text");
        assertEquals(0, registry.admin().get("/api/v1/documents/" + id + "/approvals").json().get("items").findValues("decision").stream()
                .filter(decision -> decision.asText().equals("approve")).count(), "nothing approved");
    }

    @Test
    void aRejectionWithoutReasonIsAFieldErrorAndASecondDecisionIsRefusedInPlainDutch() {
        String id = inAuthorisation("Longkanker");
        FormClient insurers = signedIn("zorgverzekeraar", "org-admin");
        Page shown = page(insurers, id, 200);

        Page blank = decide(insurers, shown, id, "reject", "   ");
        assertEquals(422, blank.status(), blank.body());
        assertTrue(blank.body().contains("Schrijf waarom u afwijst"), blank.body());
        assertTrue(blank.body().contains("aria-invalid=\"true\""), blank.body());
        assertEquals("authorisation", api(id).get("status").asText());

        Page hostile = decide(insurers, shown, id, "reject", "<script>alert(1)</script>".repeat(300));
        assertEquals(422, hostile.status(), "longer than the API allows");
        assertTrue(hostile.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "what was typed is kept, as text");

        assertEquals(303, decide(insurers, shown, id, "approve", "Akkoord.").status());
        Page again = decide(insurers, shown, id, "reject", "Toch niet.");
        assertEquals(409, again.status(), again.body());
        assertTrue(again.body().contains("Uw organisatie heeft al besloten"), again.body());
        assertTrue(again.body().contains("Akkoord."), "the first decision stands on the page");
        assertEquals("authorisation", api(id).get("status").asText());
    }

    @Test
    void aRejectionSendsTheTextBackToTheAuthors() {
        String id = inAuthorisation("Longrevalidatie");
        FormClient patients = signedIn("longpatienten", "org-admin");
        Page sent = decide(patients, page(patients, id, 200), id, "reject", "De verwijzing naar de longarts ontbreekt.");
        assertEquals(303, sent.status(), sent.body());
        assertEquals("draft", api(id).get("status").asText());
        Page after = followed(patients, sent);
        assertTrue(after.body().contains("U heeft deze versie afgewezen"), after.body());
        assertTrue(after.body().contains("Er valt nu niets te besluiten"), after.body());
    }

    @Test
    void aDecisionWithoutTheSessionsCsrfTokenIsRefusedAndNothingIsRecorded() {
        String id = inAuthorisation("Slaapapneu");
        FormClient patients = signedIn("longpatienten", "org-admin");
        Page shown = page(patients, id, 200);
        Page forged = patients.post(decisionPath(id), "csrf", "not-the-token", "contentHash", shownHash(shown), "decision", "approve");
        assertEquals(403, forged.status(), forged.body());
        Page missing = patients.post(decisionPath(id), "contentHash", shownHash(shown), "decision", "approve");
        assertEquals(403, missing.status(), missing.body());
        assertEquals(0, registry.admin().get("/api/v1/documents/" + id + "/approvals").json().get("items").size());
    }

    @Test
    void withoutASessionThePageSendsToSignInAndBack() {
        String id = inAuthorisation("Longembolie");
        Page page = new FormClient(registry.baseUri()).get(decisionPath(id));
        assertEquals(303, page.status(), page.body());
        assertTrue(page.location().orElseThrow().contains("next=%2Fdocumenten%2F" + id + "%2Fbesluit"), page.location().orElseThrow());
    }
}
