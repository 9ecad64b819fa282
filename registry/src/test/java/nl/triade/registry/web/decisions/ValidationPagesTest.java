package nl.triade.registry.web.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.web.PageReader;
import nl.triade.registry.web.signin.FormClient;
import nl.triade.registry.web.signin.FormClient.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The validation report page over HTTP, with the real Toetsingskader plugin: a participant has the
 * text checked from the page and reads each finding with its place and what to do, as the API's
 * report holds them; a changed text marks the report as outdated; others get what the API gives them.
 */
class ValidationPagesTest {
    private static final String HOSTILE = "<script>alert(1)</script>";
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of("TRIADE_RATE_LIMITS", "off"), "toetsingskader");
    private static Parties parties;
    private static ApiClient writer;

    @BeforeAll
    static void organisations() {
        parties = new Parties(registry);
        parties.organisation("nierpatienten", "patient");
        parties.organisation("nefrologen", "provider");
        writer = parties.as("nierpatienten", "member");
    }

    /** A draft whose care-content section is far too short for the Toetsingskader: its id. */
    private static String draft(String title) {
        String id = writer.post("/api/v1/documents", Map.of("kind", "standard", "title", title)).json().get("id").asText();
        assertEquals(201, writer.put("/api/v1/documents/" + id + "/sections/zorginhoud", Map.of("title", "Zorg " + HOSTILE,
                "body", "Kort."), "If-None-Match", "*").status());
        return id;
    }

    private static String path(String id) {
        return "/documenten/" + id + "/validatie";
    }

    private static Page page(FormClient browser, String path, int status) {
        Page page = browser.get(path);
        assertEquals(status, page.status(), page.body());
        PageReader.assertIsAPage(page.response());
        return page;
    }

    @Test
    void aParticipantHasTheTextCheckedAndReadsEachFindingWithItsPlaceAndWhatToDo() {
        String id = draft("Nierfalen");
        FormClient member = FormClient.signedIn(registry, parties.accountId("nierpatienten", "member"));
        Page before = page(member, path(id), 200);
        assertTrue(before.body().contains("Deze tekst is nog niet gecontroleerd"), before.body());

        Page sent = member.post(path(id), "csrf", before.csrf());
        assertEquals(303, sent.status(), sent.body());
        Page report = page(member, sent.location().orElseThrow(), 200);
        JsonNode api = writer.get("/api/v1/documents/" + id + "/validations/latest").json();
        long blocking = 0;
        for (JsonNode finding : api.get("findings")) {
            blocking += finding.get("blocking").asBoolean() ? 1 : 0;
            assertTrue(report.body().contains("<code>" + finding.get("rule").asText() + "</code>"), finding + " on the page");
        }
        assertFalse(api.get("passed").asBoolean());
        assertTrue(report.body().contains("De controle is gedaan"), report.body());
        assertTrue(report.body().contains("Niet geslaagd: de controle vond " + blocking + " fouten"), report.body());
        assertTrue(report.body().contains("Controle toetsingskader"), "which validator found them");
        assertTrue(report.body().contains("<a href=\"/documenten/" + id + "/secties/zorginhoud\">Sectie Zorg &lt;script&gt;alert(1)&lt;/script&gt;</a>"),
                "the place as the section's title, as text, linked to the section:\n" + report.body());
        assertTrue(report.body().contains("Sectie 'zorginhoud' is te kort"), "what to do, in the validator's words");
        assertTrue(report.body().contains("id=\"checked-revision\">" + api.get("revision").asInt() + "<"), report.body());
        assertFalse(report.body().contains("id=\"outdated\""), "the report is of the text as it stands");

        assertEquals(200, writer.put("/api/v1/documents/" + id + "/sections/zorginhoud", Map.of("title", "Zorg", "body", "Iets langer."),
                "If-Match", "*").status());
        assertTrue(page(member, path(id), 200).body().contains("id=\"outdated\""), "a report of an earlier text says so");
    }

    @Test
    void othersGetWhatTheApiGivesThemAndARunWithoutTheCsrfTokenIsRefused() {
        String id = draft("Dialyse");
        FormClient outsider = FormClient.signedIn(registry, parties.accountId("nefrologen", "org-admin"));
        assertEquals(404, parties.as("nefrologen", "member").get("/api/v1/documents/" + id + "/validations/latest").status());
        page(outsider, path(id), 404);
        assertEquals(404, outsider.post(path(id), "csrf", outsider.get("/").csrf()).status());

        FormClient member = FormClient.signedIn(registry, parties.accountId("nierpatienten", "member"));
        assertEquals(403, member.post(path(id), "csrf", "not-the-token").status());
        assertEquals(404, writer.get("/api/v1/documents/" + id + "/validations/latest").status(), "nothing was run");
    }
}
