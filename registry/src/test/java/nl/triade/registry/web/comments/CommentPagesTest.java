package nl.triade.registry.web.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Consultations;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.consultation.ConsultedStandards;
import nl.triade.registry.web.PageReader;
import nl.triade.registry.web.signin.FormClient;
import nl.triade.registry.web.signin.FormClient.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The comments pages over HTTP, as a browser sends them: an insurer outside the document comments
 * during its consultation and the authors answer on the same page; what the API refuses is refused
 * here too, on the page, in plain Dutch. The closer of due consultations looks only at start (its
 * interval is ten minutes), so a test can pass a closing time and comment before it closes.
 */
class CommentPagesTest {
    private static final String SECTION = "voetonderzoek";
    private static final String HOSTILE = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of("TRIADE_RATE_LIMITS", "off",
            "TRIADE_SUBMISSION_POLL_MS", "600000"));
    private static ConsultedStandards standards;
    private static String authorAccount;
    private FormClient insurer;
    private FormClient author;

    @BeforeAll
    static void people() {
        standards = ConsultedStandards.in(registry);
        authorAccount = new Parties(registry).accountId("voetpatienten", "member");
    }

    /** Signed in anew for every test: one of them moves the clock past every session's lifetime. */
    @BeforeEach
    void signIn() {
        insurer = FormClient.signedIn(registry, standards.outsiderAccount);
        author = FormClient.signedIn(registry, authorAccount);
    }

    private static String page(String id) {
        return "/documenten/" + id + "/secties/" + SECTION;
    }

    private Page read(FormClient browser, String path, int status) {
        Page page = browser.get(path);
        assertEquals(status, page.status(), page.body());
        PageReader.assertIsAPage(page.response());
        return page;
    }

    private Page comment(FormClient browser, String id, String body, String... more) {
        Page form = browser.get(page(id));
        List<String> fields = new ArrayList<>(List.of("csrf", form.csrf(), "body", body));
        fields.addAll(List.of(more));
        return browser.post(page(id) + "/opmerkingen", fields.toArray(String[]::new));
    }

    private Page answer(FormClient browser, String id, String comment, String... fields) {
        List<String> all = new ArrayList<>(List.of("csrf", browser.get(page(id)).csrf()));
        all.addAll(List.of(fields));
        return browser.post(page(id) + "/opmerkingen/" + comment + "/antwoord", all.toArray(String[]::new));
    }

    private static JsonNode comments(String id) {
        return standards.patients.get(standards.path(id) + "/comments").json().get("items");
    }

    private static String inConsultation(String title) {
        String id = standards.draft(title);
        standards.transition(id, "open-consultation");
        return id;
    }

    @Test
    void anOutsideInsurerCommentsDuringTheConsultationAndTheAuthorsAnswerIt() {
        String id = inConsultation("Diabetische voet");

        String before = read(insurer, page(id), 200).body();
        assertTrue(before.contains("De praktijkondersteuner onderzoekt de voeten elk jaar."), "the section's text: " + before);
        assertTrue(before.contains("id=\"no-comments\""), before);
        assertTrue(before.contains("id=\"comment-body\""), "the insurer may comment during the consultation: " + before);

        Page sent = comment(insurer, id, "Wie betaalt het voetonderzoek?");
        assertEquals(303, sent.status(), sent.body());
        JsonNode placed = comments(id).get(0);
        assertEquals("zilverzorg", placed.get("organisation").asText());
        assertEquals(SECTION, placed.get("sectionKey").asText());
        String cid = placed.get("id").asText();
        assertEquals(page(id) + "?geplaatst=" + cid + "#comment-" + cid, sent.location().orElseThrow());

        String placedPage = read(insurer, sent.location().orElseThrow(), 200).body();
        assertTrue(placedPage.contains("id=\"comment-notice\""), placedPage);
        assertTrue(placedPage.contains("id=\"comment-" + cid + "\""), placedPage);
        assertTrue(placedPage.contains("Van zilverzorg"), "who it is from: " + placedPage);
        assertTrue(placedPage.contains("Nog geen antwoord"), placedPage);
        assertFalse(placedPage.contains("id=\"answer-open-" + cid + "\""), "an outsider does not answer for the authors: " + placedPage);
        assertEquals(403, answer(insurer, id, cid, "disposition", "rejected", "rationale", "Zelf beantwoord.").status());

        assertTrue(read(author, page(id), 200).body().contains("id=\"answer-open-" + cid + "\""), "the authors answer here");
        Page answered = answer(author, id, cid, "disposition", "accepted", "rationale", "De zorgverzekeraar; dat staat er nu bij.");
        assertEquals(303, answered.status(), answered.body());
        Page reply = comment(author, id, "Dank voor de vraag.", "replyTo", cid);
        assertEquals(303, reply.status(), reply.body());

        String after = read(insurer, page(id), 200).body();
        assertTrue(after.contains("Overgenomen"), "the disposition: " + after);
        assertTrue(after.contains("De zorgverzekeraar; dat staat er nu bij."), "the rationale: " + after);
        assertTrue(after.contains("class=\"replies\"") && after.indexOf("Dank voor de vraag.") > after.indexOf("class=\"replies\""),
                "the reply in the comment's thread: " + after);
        JsonNode resolved = comments(id).get(0);
        assertEquals("resolved", resolved.get("status").asText());
        assertEquals("accepted", resolved.get("disposition").asText());
    }

    @Test
    void anotherOrganisationGetsTheSameNotFoundAsFromTheApiOutsideAConsultation() {
        String id = standards.draft("Concept voor de schrijvers");

        String page = read(insurer, page(id), 404).body();
        assertFalse(page.contains("Concept voor de schrijvers"), page);
        assertEquals(404, standards.outsider.get(standards.path(id)).status());
        Page sent = insurer.post(page(id) + "/opmerkingen", "csrf", insurer.get("/").csrf(), "body", "Mag ik meepraten?");
        assertEquals(404, sent.status(), sent.body());
        assertEquals(0, comments(id).size());
        assertTrue(read(author, page(id), 200).body().contains("id=\"comment-body\""), "participants comment on a draft");
        read(author, "/documenten/" + id + "/secties/bestaat-niet", 404);
    }

    @Test
    void anEmptyOrTooLongCommentIsRefusedNextToItsFieldKeepingWhatWasTyped() {
        String id = inConsultation("Te lang of leeg");

        Page empty = comment(insurer, id, "   ");
        assertEquals(422, empty.status(), empty.body());
        assertTrue(empty.body().contains("id=\"comment-body-error\""), empty.body());
        assertTrue(empty.body().contains("Schrijf eerst uw tekst."), empty.body());
        assertTrue(empty.body().contains("aria-invalid=\"true\""), empty.body());

        String tooLong = "Voeten ".repeat(2_900);
        Page refused = comment(insurer, id, tooLong);
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("Uw tekst is te lang. Gebruik hoogstens 20.000 tekens."), refused.body());
        assertTrue(refused.body().contains(">" + tooLong + "</textarea>"), "what was typed stays in the field");
        assertEquals(0, comments(id).size());

        String cid = standards.comment(id, standards.outsider, "Een vraag.", SECTION, null);
        Page noDisposition = answer(author, id, cid, "rationale", "Mijn uitleg blijft staan.");
        assertEquals(422, noDisposition.status(), noDisposition.body());
        assertTrue(noDisposition.body().contains("Kies wat u met de opmerking doet."), noDisposition.body());
        assertTrue(noDisposition.body().contains("Mijn uitleg blijft staan.</textarea>"), noDisposition.body());
        assertEquals("open", comments(id).get(0).get("status").asText());
    }

    @Test
    void aScriptInACommentOrAnswerIsShownAsText() {
        String id = inConsultation("Scripts");

        assertEquals(303, comment(insurer, id, "Graag " + HOSTILE).status());
        String cid = comments(id).get(0).get("id").asText();
        assertEquals(303, answer(author, id, cid, "disposition", "rejected", "rationale", "Nee " + HOSTILE).status());

        String page = read(insurer, page(id), 200).body();
        assertTrue(page.contains("Graag " + ESCAPED) && page.contains("Nee " + ESCAPED), page);
        assertFalse(page.contains(HOSTILE), page);
    }

    @Test
    void aCommentAfterTheConsultationClosedIsRefusedInPlainDutchKeepingWhatWasTyped() {
        String id = inConsultation("Te laat");
        registry.clock().advance(Consultations.LENGTH.plusSeconds(1));
        signIn();

        Page late = comment(insurer, id, "Nog een vraag.");
        assertEquals(409, late.status(), late.body());
        PageReader.assertIsAPage(late.response());
        assertTrue(late.body().contains("id=\"comment-refused\""), late.body());
        assertTrue(late.body().contains("De commentaarfase is voorbij."), late.body());
        assertTrue(late.body().contains("Nog een vraag.</textarea>"), late.body());
        assertEquals(0, comments(id).size());
        assertEquals(303, comment(author, id, "Wij mogen nog.").status(), "participants still comment");
    }

    @Test
    void aCommentWhileTheOrganisationsDecideIsRefusedInPlainDutch() {
        String id = standards.draft("Ter besluitvorming");
        assertEquals(201, standards.patients.post(standards.path(id) + "/validations", Map.of()).status());
        assertEquals(200, standards.patients.post(standards.path(id) + "/transitions", Map.of("action", "request-authorisation")).status());

        String page = read(author, page(id), 200).body();
        assertTrue(page.contains("id=\"comments-closed\""), "no form while the text is frozen: " + page);
        Page refused = author.post(page(id) + "/opmerkingen", "csrf", author.get("/").csrf(), "body", "Toch nog iets.");
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.body().contains("Bij dit document kunnen nu geen opmerkingen."), refused.body());
        assertEquals(0, comments(id).size());
    }

    @Test
    void aFormWithoutTheSessionsCsrfTokenIsRefused() {
        String id = inConsultation("Vervalst formulier");

        Page forged = insurer.post(page(id) + "/opmerkingen", "csrf", "geraden", "body", "Van een andere site.");
        assertEquals(403, forged.status(), forged.body());
        Page without = insurer.post(page(id) + "/opmerkingen", "body", "Zonder token.");
        assertEquals(403, without.status(), without.body());
        assertEquals(0, comments(id).size());
    }

    @Test
    void withoutASessionThePageSendsToSignInAndBack() {
        String id = inConsultation("Eerst inloggen");

        Page anonymous = new FormClient(registry.baseUri()).get(page(id));
        assertEquals(303, anonymous.status(), anonymous.body());
        assertTrue(anonymous.location().orElseThrow().startsWith("/aanmelden?next="), anonymous.location().orElseThrow());
    }
}
