package nl.triade.registry.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
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
 * axe. Only the submission goes through the API ({@code submitThroughApi}): handing a final
 * standard to the Register is the operator's call, for which no page is planned.
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
    private static final EditingScreens editing = new EditingScreens(browser);
    private static final WorkspaceScreens workspace = new WorkspaceScreens(browser);
    private static final DecisionScreens decisions = new DecisionScreens(browser);
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

        editing.edit(document, SECTION, EDITED, "Ook thuis");
        workspace.openConsultation(document);
        signIn.signOut();
        signIn.signIn(outsideInsurer);
        String comment = comments.comment(document, SECTION, COMMENT);
        signIn.signOut();
        signIn.signIn(volunteer);
        comments.answer(document, SECTION, comment, "accepted", ANSWER);
        workspace.step(document, "close-consultation");
        decisions.validate(document);
        workspace.step(document, "request-authorisation");
        String frozen = volunteer.api().get(path()).json().get("frozenContentHash").asText();
        for (Person boardMember : new Person[] {volunteer, providersBoard, insurersBoard}) {
            if (boardMember != volunteer) {
                signIn.signOut();
                signIn.signIn(boardMember);
            }
            String fingerprint = decisions.approve(document, boardMember.organisation());
            assertEquals(frozen, fingerprint.replace(" ", ""), "the decision binds to the frozen text's hash");
        }
        assertEquals(Dutch.text("document-status.final"), workspace.status(document));
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

    private static String status() {
        return volunteer.api().get(path()).json().get("status").asText();
    }

    private static String path() {
        return "/api/v1/documents/" + document;
    }
}
