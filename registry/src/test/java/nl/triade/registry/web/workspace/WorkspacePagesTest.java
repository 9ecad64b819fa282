package nl.triade.registry.web.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.consultation.ConsultedStandards;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.web.PageReader;
import nl.triade.registry.web.signin.FormClient;
import nl.triade.registry.web.signin.FormClient.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The workspace over HTTP, as a browser sends it: an org-admin of an author organisation sees the
 * steps of the lifecycle the API lets them take and takes them by button; what a rule refuses is
 * explained on the page in plain Dutch; a member sees no step, an outsider sees a consultation but
 * not a draft, and what the API keeps from them (the revisions) the page keeps too.
 */
class WorkspacePagesTest {
    private static final String HOSTILE = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    private static final Pattern CLOSES_ON = Pattern.compile("id=\"closesOn\"[^>]*value=\"([0-9-]+)\"");

    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of("TRIADE_RATE_LIMITS", "off"));
    private static ConsultedStandards standards;
    private static String stewardEmail;
    private static String memberEmail;
    private static String outsiderEmail;
    private FormClient steward;
    private FormClient member;
    private FormClient outsider;

    @BeforeAll
    static void people() {
        standards = ConsultedStandards.in(registry);
        Parties parties = new Parties(registry);
        stewardEmail = FormClient.withPassword(registry, parties.accountId("voetpatienten", "org-admin"));
        memberEmail = FormClient.withPassword(registry, parties.accountId("voetpatienten", "member"));
        outsiderEmail = FormClient.withPassword(registry, standards.outsiderAccount);
    }

    @BeforeEach
    void signIn() {
        steward = FormClient.signIn(registry, stewardEmail);
        member = FormClient.signIn(registry, memberEmail);
        outsider = FormClient.signIn(registry, outsiderEmail);
    }

    private static String page(String id) {
        return "/documenten/" + id;
    }

    private static Page read(FormClient browser, String path, int status) {
        Page page = browser.get(path);
        assertEquals(status, page.status(), page.body());
        PageReader.assertIsAPage(page.response());
        return page;
    }

    private static Page step(FormClient browser, String id, String... fields) {
        String csrf = read(browser, page(id), 200).csrf();
        String[] all = new String[fields.length + 2];
        all[0] = "csrf";
        all[1] = csrf;
        System.arraycopy(fields, 0, all, 2, fields.length);
        return browser.post(page(id) + "/stap", all);
    }

    private static String status(String id) {
        return standards.patients.get(standards.path(id)).json().get("status").asText();
    }

    @Test
    void theListShowsTheDocumentsTheOrganisationTakesPartInWithTheirStage() {
        String ours = standards.draft("Voetzorg voor ouderen");
        String theirs = standards.providers.post("/api/v1/documents", Map.of("kind", "standard", "title", "Alleen van de podotherapeuten"))
                .json().get("id").asText();

        Page list = read(steward, "/documenten", 200);

        assertTrue(list.body().contains("href=\"/documenten/" + ours + "\">Voetzorg voor ouderen</a>"), list.body());
        assertTrue(list.body().contains("<td>Concept</td>"), "the stage in plain Dutch");
        assertFalse(list.body().contains(theirs), "a draft of another organisation is not listed");
        assertTrue(list.body().contains("id=\"nav-documents\" href=\"/documenten\""), "the header links the list for a signed-in person");
    }

    @Test
    void aSignedOutVisitorIsSentToSignInAndBack() {
        String id = standards.draft("Na aanmelden");

        Page page = new FormClient(registry.baseUri()).get(page(id));

        assertEquals(303, page.status());
        assertEquals("/aanmelden?next=%2Fdocumenten%2F" + id, page.location().orElseThrow());
    }

    @Test
    void anOrgAdminOfAnAuthorOpensTheConsultationByButtonAndThePageSaysUntilWhen() {
        String id = standards.draft("Commentaar gevraagd");
        Page draft = read(steward, page(id), 200);
        assertTrue(draft.body().contains("id=\"step-open-consultation\""), draft.body());
        assertTrue(draft.body().contains("id=\"step-request-authorisation\""));
        assertFalse(draft.body().contains("id=\"step-close-consultation\""), "no step the lifecycle does not allow now");
        Matcher earliest = CLOSES_ON.matcher(draft.body());
        assertTrue(earliest.find(), "the form offers the earliest closing day");

        Page opened = step(steward, id, "action", "open-consultation", "closesOn", earliest.group(1));

        assertEquals(303, opened.status(), opened.body());
        assertEquals(page(id) + "?gedaan=open-consultation", opened.location().orElseThrow());
        assertEquals("consultation", status(id));
        Page shown = read(steward, opened.location().orElseThrow(), 200);
        assertTrue(shown.body().contains("De commentaarfase is geopend."), shown.body());
        assertTrue(shown.body().contains("id=\"document-status\">Commentaarfase<"));
        assertTrue(shown.body().contains("id=\"consultation-until\">De commentaarfase loopt tot en met "));
        assertTrue(shown.body().contains("id=\"step-close-consultation\""));
        assertFalse(shown.body().contains("id=\"step-open-consultation\""));
        assertTrue(shown.body().contains("opende de commentaarfase."), "the timeline tells the step");
        String closesAt = standards.patients.get(standards.path(id)).json().get("consultationClosesAt").asText();
        assertTrue(earliest.group(1).matches("\\d{2}-\\d{2}-\\d{4}"), "the day is shown as Dutch people write it: " + earliest.group(1));
        assertEquals(LocalDate.parse(earliest.group(1), DateTimeFormatter.ofPattern("dd-MM-uuuu")).plusDays(1).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant(),
                Instant.parse(closesAt), "it closes at the end of the chosen day in the Netherlands");
    }

    @Test
    void aClosingDayTooEarlyOrMissingIsAFieldErrorThatKeepsWhatWasTyped() {
        String id = standards.draft("Te kort");
        String tomorrow = LocalDate.ofInstant(registry.clock().instant(), ZoneId.of("Europe/Amsterdam")).plusDays(1).toString();

        Page tooEarly = step(steward, id, "action", "open-consultation", "closesOn", tomorrow);
        Page missing = step(steward, id, "action", "open-consultation", "closesOn", "");
        Page noSuchDay = step(steward, id, "action", "open-consultation", "closesOn", "31-02-2027");

        assertEquals(422, tooEarly.status(), tooEarly.body());
        assertTrue(tooEarly.body().contains("id=\"closesOn-error\">Deze dag is te vroeg."), tooEarly.body());
        assertTrue(tooEarly.body().contains("value=\"" + tomorrow + "\""), "what was typed stays");
        assertTrue(tooEarly.body().contains("aria-invalid=\"true\""));
        assertEquals(422, missing.status());
        assertTrue(missing.body().contains("Vul de laatste dag in."), missing.body());
        assertEquals(422, noSuchDay.status());
        assertTrue(noSuchDay.body().contains("Vul een datum in als dag-maand-jaar"), noSuchDay.body());
        assertTrue(noSuchDay.body().contains("value=\"31-02-2027\""), "what was typed stays");
        assertEquals("draft", status(id));
    }

    @Test
    void authorisationAskedBeforeTheTextWasCheckedIsRefusedOnThePageInPlainDutch() {
        String id = standards.draft("Nog niet gecontroleerd");

        Page refused = step(steward, id, "action", "request-authorisation");

        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.body().contains("data-rule=\"validation-errors\""), refused.body());
        assertTrue(refused.body().contains("De controle van deze tekst is niet gedaan, of vond fouten."));
        assertTrue(refused.body().contains("Laat de tekst controleren op de pagina Controle."));
        assertTrue(refused.body().contains("id=\"step-request-authorisation\""), "the page is shown again, with its steps");
        assertEquals("draft", status(id));
    }

    @Test
    void aStepThatBecameImpossibleMeanwhileIsExplainedNotFailed() {
        String id = standards.draft("Al geopend");
        String csrf = read(steward, page(id), 200).csrf();
        standards.transition(id, "open-consultation");

        Page late = steward.post(page(id) + "/stap", "csrf", csrf, "action", "request-authorisation");

        assertEquals(409, late.status(), late.body());
        assertTrue(late.body().contains("data-rule=\"not-draft\""), late.body());
        assertTrue(late.body().contains("Dit kan alleen bij een concept."));
        assertTrue(late.body().contains("id=\"document-status\">Commentaarfase<"), "the page shows the document as it is now");
    }

    @Test
    void withdrawingAsksToTickThatYouAreSure() {
        String id = standards.draft("Intrekken");

        Page unticked = step(steward, id, "action", "withdraw");
        assertEquals(422, unticked.status(), unticked.body());
        assertTrue(unticked.body().contains("id=\"confirm-error\">Zet eerst een vinkje"));
        assertEquals("draft", status(id));

        Page withdrawn = step(steward, id, "action", "withdraw", "confirm", "yes");
        assertEquals(303, withdrawn.status(), withdrawn.body());
        assertEquals("withdrawn", status(id));
        Page shown = read(steward, page(id), 200);
        assertTrue(shown.body().contains("Dit document is ingetrokken. Er gebeurt niets meer mee."));
        assertFalse(shown.body().contains("id=\"step-"), "no step is left");
    }

    @Test
    void aMemberEditsSectionsButTakesNoStepAndAStepSentAnywayIsRefusedAsByTheApi() {
        String id = standards.draft("Voor leden");

        Page page = read(member, page(id), 200);
        assertTrue(page.body().contains("href=\"/documenten/" + id + "/secties/voetonderzoek\">Jaarlijks voetonderzoek</a>"));
        assertTrue(page.body().contains("href=\"/documenten/" + id + "/secties/voetonderzoek/bewerken\""), "a member of an author may edit");
        assertFalse(page.body().contains("id=\"step-"), page.body());

        Page refused = member.post(page(id) + "/stap", "csrf", page.csrf(), "action", "open-consultation", "closesOn", "2099-01-01");
        assertEquals(403, refused.status(), refused.body());
        assertEquals("draft", status(id));
    }

    @Test
    void anOutsiderFindsADraftNowhereAndReadsAConsultationWithItsSectionsButNotItsRevisions() {
        String id = standards.draft("Van buiten");
        Page hidden = read(outsider, page(id), 404);
        assertFalse(hidden.body().contains("Van buiten"));
        assertEquals(404, standards.outsider.get(standards.path(id)).status(), "the API answers alike");

        standards.transition(id, "open-consultation");
        Page open = read(outsider, page(id), 200);

        assertTrue(open.body().contains("href=\"/documenten/" + id + "/secties/voetonderzoek\""), "the outsider reaches the section to comment");
        assertFalse(open.body().contains("/bewerken"), "but does not edit");
        assertFalse(open.body().contains("id=\"timeline\""), "the revisions are the participants' (the API answers 403)");
        assertEquals(403, standards.outsider.get(standards.path(id) + "/revisions").status());
        assertFalse(open.body().contains("id=\"step-"));
    }

    @Test
    void aStepWithoutTheFormsTokenIsRefused() {
        String id = standards.draft("Zonder token");

        Page forged = steward.post(page(id) + "/stap", "action", "withdraw", "confirm", "yes");

        assertEquals(403, forged.status());
        assertEquals("draft", status(id));
    }

    @Test
    void aScriptInTheTitleSectionAndNoteIsShownAsText() {
        String id = standards.draft(HOSTILE);
        assertEquals(201, standards.patients.put(standards.path(id) + "/sections/gevaar", Map.of("title", HOSTILE, "body", "tekst"),
                "If-None-Match", "*", "Revision-Note", HOSTILE).status());

        String body = read(steward, page(id), 200).body();

        assertFalse(body.contains(HOSTILE), "never as markup");
        assertTrue(body.contains("<h1 id=\"document-title\">" + ESCAPED + "</h1>"), body);
        assertTrue(body.contains("<q>" + ESCAPED + "</q>"), "the note of a change, as text");
    }

    @Test
    void theTimelineTellsTheNewestFirstAPageAtATime() {
        String id = standards.draft("Veel wijzigingen");
        String section = standards.path(id) + "/sections/tijdlijn";
        String etag = standards.patients.put(section, Map.of("title", "Tijdlijn", "body", "Eerste"), "If-None-Match", "*").etag();
        for (int i = 0; i < 20; i++) {
            ApiResponse changed = standards.patients.put(section, Map.of("title", "Tijdlijn", "body", "Versie " + i), "If-Match", etag);
            assertEquals(200, changed.status(), changed.body());
            etag = changed.etag();
        }
        int revision = standards.patients.get(standards.path(id)).json().get("revision").asInt();

        Page newest = read(steward, page(id), 200);
        assertTrue(newest.body().contains("<li value=\"" + revision + "\">"), newest.body());
        assertTrue(newest.body().indexOf("<li value=\"" + revision + "\">") < newest.body().indexOf("<li value=\"" + (revision - 1) + "\">"));
        assertFalse(newest.body().contains("maakte het document."), "the first revision is on the older page");
        String older = "/documenten/" + id + "?tijdlijn=" + (revision - Timelines.PAGE);
        assertTrue(newest.body().contains("href=\"" + older + "#timeline\""), newest.body());

        Page oldest = read(steward, older, 200);
        assertTrue(oldest.body().contains("voetpatienten maakte het document."), oldest.body());
        assertTrue(oldest.body().contains("voetpatienten veranderde de tekst."));
        assertTrue(oldest.body().contains("Nieuwer"));
    }
}
