package nl.triade.registry.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Map;
import nl.triade.registry.http.Consultations;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 12's acceptance walk, in a real browser: a volunteer of a patient organisation is invited,
 * sets a password, signs in, edits a section of a draft standard and opens its consultation; an
 * insurer outside it comments; she answers, and asks for authorisation; the board members of the
 * three author organisations approve; the standard is final and is submitted; a reviewer of the
 * Zorginstituut judges every criterion and registers it on the assessment pages; anyone finds it on
 * the public register with the comment and its answer. Every page is photographed and checked by
 * axe. A step whose page is not built yet is done through the API, in a method named
 * {@code …ThroughApi}, with the same domain effect, so the walk is whole meanwhile.
 */
@Tag("browser")
class VolunteerWalkTest {
    private static final String TITLE = "Diabetische voet";
    private static final String SECTION = "voetonderzoek";
    private static final String EDITED = "De praktijkondersteuner onderzoekt de voeten elk jaar, ook bij mensen die thuis zorg krijgen.";
    private static final String COMMENT = "Wie controleert de voeten van mensen die niet naar de praktijk kunnen komen?";
    private static final String ANSWER = "De wijkverpleging; dat staat nu in de tekst.";

    @RegisterExtension
    static final RunningRegistry registry = RegistryForBrowsers.perTestClass();
    @RegisterExtension
    static final Browser browser = Browser.perTestClass(registry::baseUri);
    private static final SignInScreens signIn = new SignInScreens(browser);
    private static final RegisterScreens register = new RegisterScreens(browser);
    private static final AssessmentScreens assessment = new AssessmentScreens(browser);
    private static final CommentScreens comments = new CommentScreens(browser);
    private static Person secretary;
    private static Person volunteer;
    private static Person providersBoard;
    private static Person insurersBoard;
    private static Person outsideInsurer;
    private static Person reviewer;
    private static String document;

    /**
     * The Diabetesvereniging's draft, co-authored by a providers' organisation and an insurer; its
     * secretary has an account with a password, the volunteer Anna one still to be invited.
     */
    @BeforeAll
    static void draft() {
        People people = People.in(registry);
        people.organisation("diabetesvereniging", "Diabetesvereniging", "patient");
        people.organisation("voetzorg", "Voetzorg Nederland", "provider");
        people.organisation("zorgverzekeraar-noord", "Zorgverzekeraar Noord", "insurer");
        people.organisation("zilverzorg", "Zilver Zorgverzekeraar", "insurer");
        secretary = people.signedUp("diabetesvereniging", "org-admin", "Marieke de Vries");
        volunteer = people.person("diabetesvereniging", "org-admin", "Anna Jansen");
        providersBoard = people.signedUp("voetzorg", "org-admin", "Carla Bakker");
        insurersBoard = people.signedUp("zorgverzekeraar-noord", "org-admin", "Dirk Visser");
        outsideInsurer = people.signedUp("zilverzorg", "member", "Eva Smit");
        people.organisation("zorginstituut", "Zorginstituut Nederland", "register");
        reviewer = people.signedUp("zorginstituut", "member", "Frank Mulder");
        document = secretary.api().post("/api/v1/documents", Map.of("kind", "standard", "title", TITLE,
                "condition", "diabetes")).json().get("id").asText();
        ApiResponse section = secretary.api().put(path() + "/sections/" + SECTION, Map.of("title", "Jaarlijks voetonderzoek",
                "body", "De praktijkondersteuner onderzoekt de voeten elk jaar."), "If-None-Match", "*");
        assertEquals(201, section.status(), section.body());
        for (String coAuthor : new String[] {"voetzorg", "zorgverzekeraar-noord"}) {
            ApiResponse added = secretary.api().put(path() + "/participants/" + coAuthor, Map.of("role", "author"),
                    "If-Match", secretary.api().get(path()).etag());
            assertEquals(2, added.status() / 100, added.body());
        }
    }

    @Test
    void aVolunteerIsInvitedAndTakesAStandardThroughConsultationAndAuthorisationToThePublicRegister() {
        signIn.signIn(secretary);
        URI invitation = signIn.invite(volunteer);
        signIn.signOut();
        volunteer = signIn.setPassword(volunteer, invitation, "mijn kat slaapt graag in de zon");
        signIn.signIn(volunteer);

        editSectionThroughApi(volunteer, EDITED);
        openConsultationThroughApi(volunteer);
        signIn.signOut();
        signIn.signIn(outsideInsurer);
        String comment = comments.comment(document, SECTION, COMMENT);
        signIn.signOut();
        signIn.signIn(volunteer);
        comments.answer(document, SECTION, comment, "accepted", ANSWER);
        requestAuthorisationThroughApi(volunteer);
        for (Person boardMember : new Person[] {volunteer, providersBoard, insurersBoard}) {
            approveThroughApi(boardMember);
        }
        assertEquals("final", status());
        String submission = submitThroughApi();
        signIn.signOut();
        signIn.signIn(reviewer);
        assessment.assessEveryCriterionMet(submission, "Beoordeeld; voldaan.");
        assessment.register("ZIN-2026-042");
        signIn.signOut();

        register.find("voetonderzoek", TITLE);
        assertEquals(Dutch.text("edition-status.in-force"), register.editionStatus());
        assertTrue(register.section(SECTION).contains(EDITED), register.section(SECTION));
        String report = register.consultationReport();
        assertTrue(report.contains(COMMENT), report);
        assertTrue(report.contains(ANSWER), report);
        assertTrue(report.contains("Zilver Zorgverzekeraar"), "the comment is the outside insurer's: " + report);
    }

    /** The editing group's page {@code /documenten/{id}/secties/{key}/bewerken} is not built yet. */
    private static void editSectionThroughApi(Person editor, String body) {
        String section = path() + "/sections/" + SECTION;
        ApiResponse edited = editor.api().put(section, Map.of("title", "Jaarlijks voetonderzoek", "body", body), "If-Match", "*");
        assertEquals(200, edited.status(), edited.body());
    }

    /** The workspace group's transition buttons on {@code /documenten/{id}} are not built yet. */
    private static void openConsultationThroughApi(Person orgAdmin) {
        transition(orgAdmin, Consultations.opening(registry));
    }

    /** The workspace group's buttons (close the consultation, ask for authorisation) and the decisions group's validation page are not built yet. */
    private static void requestAuthorisationThroughApi(Person orgAdmin) {
        transition(orgAdmin, Map.of("action", "close-consultation"));
        assertEquals(201, orgAdmin.api().post(path() + "/validations", Map.of()).status());
        transition(orgAdmin, Map.of("action", "request-authorisation"));
    }

    /** The decisions group's page {@code /documenten/{id}/besluit} is not built yet. */
    private static void approveThroughApi(Person boardMember) {
        JsonNode frozen = boardMember.api().get(path()).json();
        ApiResponse approved = boardMember.api().post(path() + "/approvals", Map.of("decision", "approve",
                "contentHash", frozen.get("frozenContentHash").asText()));
        assertEquals(201, approved.status(), approved.body());
    }

    /**
     * Submitting is the operator's, through the API (no page is planned for it); returns the
     * submission once the worker delivered it, for the Register decides only what arrived.
     */
    private static String submitThroughApi() {
        ApiResponse submitted = registry.admin().post(path() + "/submissions", Map.of("channel", "register-outbox"));
        assertEquals(201, submitted.status(), submitted.body());
        String submission = submitted.json().get("id").asText();
        Eventually.until("submission " + submission + " was delivered", () -> !registry.admin()
                .get("/api/v1/submissions/" + submission).json().get("state").asText().equals("pending"));
        return submission;
    }

    private static void transition(Person orgAdmin, Map<String, Object> body) {
        ApiResponse moved = orgAdmin.api().post(path() + "/transitions", body);
        assertEquals(200, moved.status(), moved.body());
    }

    private static String status() {
        return volunteer.api().get(path()).json().get("status").asText();
    }

    private static String path() {
        return "/api/v1/documents/" + document;
    }
}
