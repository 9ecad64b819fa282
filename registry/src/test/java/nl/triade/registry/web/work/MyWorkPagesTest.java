package nl.triade.registry.web.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.triade.registry.http.Consultations;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RegisterDesk;
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
 * "My work" over HTTP, as a browser asks for it: each kind of work appears for the organisation it
 * waits for, links to the page where it is done, and leaves once done; another organisation's
 * person sees none of it, and an empty list says so.
 */
class MyWorkPagesTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(FinalDocuments.outboxSettings(), "register-outbox",
            "webhook");
    private static Parties parties;
    private static ApiClient patients;
    private static ApiClient providers;

    @BeforeAll
    static void organisations() {
        FinalDocuments.create(registry);
        parties = new Parties(registry);
        parties.organisation("buren", "patient");
        patients = parties.as("patienten", "org-admin");
        providers = parties.as("artsen", "org-admin");
    }

    private static FormClient signedIn(String organisation, String role) {
        return FormClient.signedIn(registry, parties.accountId(organisation, role));
    }

    private static String myWork(FormClient person) {
        Page page = person.get("/mijn-werk");
        assertEquals(200, page.status(), page.body());
        return page.body();
    }

    /** A draft of patienten with artsen as co-author and the section {@code zorginhoud}. */
    private static String draft(String title, String condition) {
        String id = patients.post("/api/v1/documents", Map.of("kind", "standard", "title", title, "condition", condition))
                .json().get("id").asText();
        String path = "/api/v1/documents/" + id;
        assertEquals(201, patients.put(path + "/sections/zorginhoud", Map.of("title", "Zorginhoud", "body", "Eerste versie."),
                "If-None-Match", "*").status());
        assertEquals(201, patients.put(path + "/participants/artsen", Map.of("role", "author"), "If-Match",
                patients.get(path).etag()).status());
        return id;
    }

    private static String dutchDate(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("nl-NL")).format(day);
    }

    @Test
    void theCommentsAwaitingTheOrganisationsAnswerLinkToTheirSectionUntilAnswered() {
        String id = draft("Zorg bij <script>alert(1)</script>", "jicht");
        String path = "/api/v1/documents/" + id;
        ApiResponse onSection = providers.post(path + "/comments", Map.of("body", "Noem de <b>huisarts</b>.", "sectionKey", "zorginhoud"));
        assertEquals(201, onSection.status(), onSection.body());
        String longBody = "Lang verhaal. ".repeat(30);
        ApiResponse onDocument = providers.post(path + "/comments", Map.of("body", longBody));
        assertEquals(201, onDocument.status(), onDocument.body());

        String page = myWork(signedIn("patienten", "member"));
        assertTrue(page.contains("<a href=\"/documenten/" + id + "/secties/zorginhoud\">Opmerking bij Zorg bij &lt;script&gt;alert(1)&lt;/script&gt;</a>"),
                page);
        assertTrue(page.contains("Noem de &lt;b&gt;huisarts&lt;/b&gt;."), page);
        assertTrue(page.contains("<a href=\"/documenten/" + id + "\">Opmerking bij"), "a comment on the whole document: " + page);
        assertTrue(page.contains(longBody.substring(0, 200).strip() + "…</p>"), "a long comment is cut: " + page);
        assertFalse(page.contains(longBody.strip()), page);
        assertFalse(page.contains("<script>alert(1)"), page);
        assertTrue(myWork(signedIn("artsen", "member")).contains("/documenten/" + id + "/secties/zorginhoud"),
                "every author organisation answers");

        String outsider = myWork(signedIn("buren", "org-admin"));
        assertFalse(outsider.contains(id), "not a participant: not its work, nor its to read");
        assertTrue(outsider.contains("Er wacht geen opmerking op een antwoord van uw organisatie."), outsider);

        String comment = onSection.json().get("id").asText();
        assertEquals(200, patients.patch(path + "/comments/" + comment, Map.of("status", "resolved", "disposition", "accepted",
                "rationale", "Verwerkt.")).status());
        String answered = myWork(signedIn("patienten", "member"));
        assertFalse(answered.contains("/documenten/" + id + "/secties/zorginhoud"), "answered: no longer waiting");
        assertTrue(answered.contains("comment-" + onDocument.json().get("id").asText()), answered);
    }

    @Test
    void anOrgAdminSeesTheDecisionsWaitingForItsOrganisationUntilItDecides() {
        String id = draft("Hartfalen", "hartfalen");
        String path = "/api/v1/documents/" + id;
        patients.put(path + "/participants/verzekeraar", Map.of("role", "commenter"), "If-Match", patients.get(path).etag());
        ApiClient insurers = parties.as("verzekeraar", "org-admin");
        insurers.put(path + "/participants/verzekeraar", Map.of("role", "declined", "motivation", "Geen beleid."),
                "If-Match", patients.get(path).etag());
        patients.post(path + "/validations", Map.of());
        JsonNode frozen = patients.post(path + "/transitions", Map.of("action", "request-authorisation")).json();
        assertEquals("authorisation", frozen.get("status").asText(), frozen.toString());
        assertEquals(201, patients.post(path + "/approvals", Map.of("decision", "approve",
                "contentHash", frozen.get("frozenContentHash").asText())).status());

        String link = "<a href=\"/documenten/" + id + "/besluit\">Besluit over Hartfalen</a>";
        String providersAdmin = myWork(signedIn("artsen", "org-admin"));
        assertTrue(providersAdmin.contains(link), providersAdmin);
        assertTrue(providersAdmin.contains("U besluit over versie " + frozen.get("frozenRevision").asInt() + "."), providersAdmin);
        assertFalse(myWork(signedIn("patienten", "org-admin")).contains(link), "decided already in this round");
        String member = myWork(signedIn("artsen", "member"));
        assertFalse(member.contains(link), member);
        assertTrue(member.contains("Over goedkeuren of afwijzen besluit de beheerder (org-admin) van uw organisatie."), member);
        assertFalse(myWork(signedIn("verzekeraar", "org-admin")).contains(link), "declined: no vote");

        assertEquals(201, providers.post(path + "/approvals", Map.of("decision", "approve",
                "contentHash", frozen.get("frozenContentHash").asText())).status());
        String decided = myWork(signedIn("artsen", "org-admin"));
        assertFalse(decided.contains(link), decided);
        assertTrue(decided.contains("Er wacht geen besluit op u."), decided);
    }

    @Test
    void consultationsOpenOnAConditionTheOrganisationFollowsAreListedWithTheirClosingDay() {
        ApiClient neighbours = parties.as("buren", "org-admin");
        ApiResponse subscribed = neighbours.post("/api/v1/organisations/buren/subscriptions", Map.of("channel", "webhook",
                "target", "https://192.0.2.10/triade", "kinds", List.of("consultation-opened"),
                "follows", Map.of("conditions", List.of("Reuma"))));
        assertEquals(201, subscribed.status(), subscribed.body());
        String followed = draft("Reumatoïde artritis", " reuma ");
        String other = draft("Astma bij kinderen", "astma");
        for (String id : List.of(followed, other)) {
            ApiResponse opened = patients.post("/api/v1/documents/" + id + "/transitions", Consultations.opening(registry));
            assertEquals(200, opened.status(), opened.body());
        }

        String page = myWork(signedIn("buren", "member"));
        assertTrue(page.contains("<a href=\"/documenten/" + followed + "\">Reumatoïde artritis</a>"), page);
        LocalDate closes = LocalDate.ofInstant(registry.clock().instant().plus(Consultations.LENGTH), ZoneId.of("Europe/Amsterdam"));
        assertTrue(page.contains("sluit op " + dutchDate(closes)), page);
        assertFalse(page.contains(other), "astma is not followed: " + page);
        assertTrue(myWork(signedIn("verzekeraar", "member")).contains("Er is nu geen open consultatie over een aandoening die uw "
                + "organisatie volgt."));
    }

    @Test
    void tijdpadenOfTheOrganisationsRegisteredDocumentsShowOnceTheirDatePassed() {
        LocalDate today = LocalDate.now(registry.clock().withZone(ZoneId.of("Europe/Amsterdam")));
        FinalDocument document = FinalDocuments.create(registry, List.of(
                Map.of("deliverable", "meetinstrument", "dueDate", today.plusDays(10).toString()),
                Map.of("deliverable", "cliëntenversie", "dueDate", today.plusDays(40).toString())));
        String submission = FinalDocuments.delivered(registry, document);
        RegisterDesk.open(registry).register(submission, "ZIN-" + document.id());
        assertFalse(myWork(signedIn("patienten", "member")).contains("meetinstrument: beloofd"), "not due yet");

        registry.clock().advance(Duration.ofDays(11));
        String page = myWork(signedIn("patienten", "member"));
        assertTrue(page.contains("meetinstrument: beloofd voor " + dutchDate(today.plusDays(10))), page);
        assertTrue(page.contains("<a href=\"/documenten/" + document.id() + "\">"), page);
        assertFalse(page.contains("cliëntenversie: beloofd"), "due later: " + page);
        assertFalse(myWork(signedIn("buren", "member")).contains("meetinstrument: beloofd"), "not its document");
    }

    @Test
    void aPersonLandsOnMyWorkAfterSigningInAndTheHeaderLinksIt() {
        Page anonymous = new FormClient(registry.baseUri()).get("/mijn-werk");
        assertEquals(303, anonymous.status());
        assertEquals("/aanmelden", anonymous.location().orElseThrow(), "my work is where signing in leads anyway");

        String account = parties.accountId("buren", "member");
        FormClient.signedIn(registry, account);
        FormClient browser = new FormClient(registry.baseUri());
        String email = registry.admin().get("/api/v1/accounts/" + account).json().get("email").asText();
        Page signedIn = browser.post("/aanmelden", "email", email, "password", FormClient.PASSWORD);
        assertEquals(303, signedIn.status(), signedIn.body());
        assertEquals("/mijn-werk", signedIn.location().orElseThrow());
        String page = browser.get("/mijn-werk").body();
        assertTrue(page.contains("<a id=\"my-work\" href=\"/mijn-werk\">Mijn werk</a>"), page);
        assertTrue(browser.get("/mijn-werk?lang=en").body().contains("<h1>My work</h1>"));
    }
}
