package nl.triade.registry.web.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.web.signin.FormClient;
import nl.triade.registry.web.signin.FormClient.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Editing a section in the web interface, over HTTP as a browser sends it: a save is the API's
 * section edit with its revision note; a stale form never overwrites and leads to the merge view,
 * bound to the version it shows; bad input comes back with field errors and the text kept; and the
 * page answers those who may not edit as the API does.
 */
class EditingPagesTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of("TRIADE_RATE_LIMITS", "off"));
    private static final Pattern BASIS = Pattern.compile("name=\"basis\" value=\"([0-9]+)\"");
    private static Parties parties;
    private static ApiClient author;

    @BeforeAll
    static void organisations() {
        parties = new Parties(registry);
        parties.organisation("astmafonds", "patient");
        parties.organisation("longartsen", "provider");
        parties.organisation("verzekeraar-x", "insurer");
        author = parties.as("astmafonds", "member");
    }

    /** A new draft of astmafonds, with longartsen as commenter, and section {@code inleiding} with {@code body}. */
    private static String draft(String body) {
        ApiResponse draft = author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Astma bij kinderen"));
        String id = draft.json().get("id").asText();
        assertEquals(201, author.put("/api/v1/documents/" + id + "/participants/longartsen", Map.of("role", "commenter"),
                "If-Match", draft.etag()).status());
        assertEquals(201, author.put(section(id), Map.of("title", "Inleiding", "body", body), "If-None-Match", "*").status());
        return id;
    }

    private static String section(String id) {
        return "/api/v1/documents/" + id + "/sections/inleiding";
    }

    /** Section inleiding as the API shows it now. */
    private static JsonNode inleiding(String id) {
        JsonNode sections = author.get("/api/v1/documents/" + id).json().get("sections");
        assertEquals("inleiding", sections.get(0).get("key").asText());
        return sections.get(0);
    }

    private static String edit(String id) {
        return "/documenten/" + id + "/secties/inleiding/bewerken";
    }

    private static FormClient person(String organisation, String role) {
        return FormClient.signedIn(registry, parties.accountId(organisation, role));
    }

    private static String basis(Page page) {
        Matcher found = BASIS.matcher(page.body());
        assertTrue(found.find(), page.body());
        return found.group(1);
    }

    private static Page save(FormClient browser, String id, Page form, String body, String note) {
        return browser.post(edit(id), "csrf", form.csrf(), "basis", basis(form), "title", "Inleiding", "body", body, "note", note);
    }

    @Test
    void anAuthorSavesASectionThroughTheApisEditWithTheRevisionNote() {
        String id = draft("Astma komt veel voor.");
        FormClient anna = person("astmafonds", "member");
        Page form = anna.get(edit(id));
        assertEquals(200, form.status(), form.body());
        assertTrue(form.body().contains("Astma komt veel voor."), form.body());

        // a browser sends a textarea's lines with \r\n; they are stored as the API's clients send them
        Page saved = save(anna, id, form, "Astma komt veel voor.\r\nOok bij kinderen.", "Kinderen genoemd");
        assertEquals(303, saved.status(), saved.body());
        assertEquals(edit(id) + "?opgeslagen", saved.location().orElseThrow());
        assertEquals("Astma komt veel voor.\nOok bij kinderen.", inleiding(id).get("body").asText());
        ApiResponse revisions = author.get("/api/v1/documents/" + id + "/revisions");
        assertTrue(revisions.body().contains("Kinderen genoemd"), revisions.body());
        assertTrue(anna.get(edit(id) + "?opgeslagen").body().contains("id=\"saved\""));
    }

    @Test
    void aStaleFormNeverOverwritesAndTheMergeViewBindsToTheVersionItShows() {
        String id = draft("Kinderen met astma hebben een inhaler nodig.");
        FormClient anna = person("astmafonds", "member");
        FormClient bram = person("astmafonds", "member");
        Page annasForm = anna.get(edit(id));
        Page bramsForm = bram.get(edit(id));
        assertEquals(303, save(anna, id, annasForm, "Kinderen met astma hebben altijd een inhaler nodig.", "").status());

        Page merge = save(bram, id, bramsForm, "Kinderen met astma hebben een spacer nodig.", "Spacer");
        assertEquals(409, merge.status(), merge.body());
        assertEquals("Kinderen met astma hebben altijd een inhaler nodig.", inleiding(id).get("body").asText(),
                "Bram's stale form overwrote nothing");
        assertTrue(merge.body().contains("id=\"merge\""), merge.body());
        assertTrue(merge.body().contains("altijd"), "their text is shown");
        assertTrue(merge.body().contains("<ins><span class=\"visually-hidden\">[begin toegevoegd]</span>spacer"), merge.body());
        assertTrue(merge.body().contains("<del><span class=\"visually-hidden\">[begin weggehaald]</span>altijd"), merge.body());
        assertTrue(merge.body().contains(">\nKinderen met astma hebben een spacer nodig.</textarea>"), "his own text stays in the field");
        assertTrue(merge.body().contains("value=\"Spacer\""), "and his note");

        // a third change meanwhile: saving from the merge view is stale again, and leads to it again
        assertEquals(200, author.put(section(id), Map.of("title", "Inleiding", "body", "Kinderen met astma gebruiken een inhaler."),
                "If-Match", "\"" + inleiding(id).get("revision").asInt() + "\"").status());
        Page again = save(bram, id, merge, "Kinderen met astma hebben altijd een inhaler en een spacer nodig.", "Spacer");
        assertEquals(409, again.status(), again.body());
        assertTrue(again.body().contains("gebruiken"), again.body());
        assertEquals("Kinderen met astma gebruiken een inhaler.", inleiding(id).get("body").asText());

        Page merged = save(bram, id, again, "Kinderen met astma gebruiken een inhaler met een spacer.", "Spacer");
        assertEquals(303, merged.status(), merged.body());
        assertEquals("Kinderen met astma gebruiken een inhaler met een spacer.", inleiding(id).get("body").asText());
    }

    @Test
    void emptyOrTooLongTextIsRefusedNextToTheFieldAndWhatWasTypedIsKept() {
        String id = draft("Tekst.");
        FormClient anna = person("astmafonds", "member");
        Page form = anna.get(edit(id));

        Page empty = anna.post(edit(id), "csrf", form.csrf(), "basis", basis(form), "title", "Mijn <script>titel</script>",
                "body", "  ", "note", "");
        assertEquals(422, empty.status(), empty.body());
        assertTrue(empty.body().contains("id=\"body-error\""), empty.body());
        assertTrue(empty.body().contains("Vul de tekst van de sectie in."), empty.body());
        assertTrue(empty.body().contains("value=\"Mijn &lt;script>titel&lt;/script>\""), "the title is kept, as text");
        assertFalse(empty.body().contains("<script>titel"), empty.body());

        String tooLong = "a".repeat(200_001);
        Page refused = anna.post(edit(id), "csrf", form.csrf(), "basis", basis(form), "title", "Inleiding", "body", tooLong,
                "note", "n".repeat(501));
        assertEquals(422, refused.status());
        assertTrue(refused.body().contains("Gebruik hoogstens 200.000 tekens"), "the limit is named");
        assertTrue(refused.body().contains("id=\"note-error\""), "the note's limit is the API's Revision-Note limit");
        assertTrue(refused.body().contains(tooLong + "</textarea>"), "the text is kept");
        assertEquals("Tekst.", inleiding(id).get("body").asText());
    }

    @Test
    void thoseWhoMayNotEditGetTheApisAnswer() {
        String id = draft("Tekst.");
        assertEquals(403, person("longartsen", "member").get(edit(id)).status(), "a commenter does not edit");
        assertEquals(404, person("verzekeraar-x", "org-admin").get(edit(id)).status(), "another organisation's draft is not there");
        assertEquals(404, person("astmafonds", "member").get("/documenten/" + id + "/secties/bestaat-niet/bewerken").status());
        Page anonymous = new FormClient(registry.baseUri()).get(edit(id));
        assertEquals(303, anonymous.status());
        assertTrue(anonymous.location().orElseThrow().startsWith("/aanmelden?next="), anonymous.location().orElseThrow());

        FormClient commenter = person("longartsen", "member");
        Page refused = commenter.post(edit(id), "csrf", commenter.get("/register").csrf(), "basis", "2", "title", "Inleiding",
                "body", "Overschreven", "note", "");
        assertEquals(403, refused.status(), refused.body());
        FormClient anna = person("astmafonds", "member");
        Page form = anna.get(edit(id));
        assertEquals(403, anna.post(edit(id), "basis", basis(form), "title", "Inleiding", "body", "Zonder csrf", "note", "").status());
        assertEquals("Tekst.", inleiding(id).get("body").asText());
    }

    @Test
    void theVersionsListWhoWhenAndWhyAndTheDifferenceIsShownWordByWordSideBySide() {
        String id = draft("Een kind met astma krijgt een inhaler.");
        FormClient anna = person("astmafonds", "member");
        Page form = anna.get(edit(id));
        assertEquals(303, save(anna, id, form, "Een kind met <b>astma</b> krijgt een inhaler en een spacer.", "Spacer erbij").status());
        int latest = inleiding(id).get("revision").asInt();

        Page versions = anna.get("/documenten/" + id + "/versies");
        assertEquals(200, versions.status(), versions.body());
        assertTrue(versions.body().contains("<td>Spacer erbij</td>"), versions.body());
        assertTrue(versions.body().contains("(astmafonds)"), "who: the organisation");
        assertTrue(versions.body().contains("verschil?van=" + (latest - 1) + "&amp;naar=" + latest), versions.body());

        // chosen the wrong way round: the older one is still shown left
        Page difference = anna.get("/documenten/" + id + "/verschil?van=" + latest + "&naar=" + (latest - 1));
        assertEquals(200, difference.status(), difference.body());
        String body = difference.body();
        assertTrue(body.contains("versie " + (latest - 1) + " (links)"), body);
        assertTrue(body.contains("<ins><span class=\"visually-hidden\">[begin toegevoegd]</span> en een spacer"), body);
        assertTrue(body.contains("&lt;b"), "a tag typed in the text is shown as text");
        assertFalse(body.contains("<b>astma"), body);
        assertTrue(body.indexOf("[begin weggehaald]") < body.indexOf("[begin toegevoegd]"), "old left, new right");

        Page added = anna.get("/documenten/" + id + "/verschil?van=1&naar=" + latest);
        assertTrue(added.body().contains("(nieuw)"), added.body());
        assertTrue(added.body().contains("id=\"other-changes\""), "the participant added is counted, not hidden");
    }

    @Test
    void aWrongPairOfVersionsIsExplainedNextToTheCompareForm() {
        String id = draft("Tekst.");
        FormClient anna = person("astmafonds", "member");
        for (String pair : new String[] {"van=2&naar=2", "van=&naar=2", "van=1&naar=99", "van=-1&naar=2", "van=een&naar=2"}) {
            Page refused = anna.get("/documenten/" + id + "/verschil?" + pair);
            assertEquals(422, refused.status(), pair + ": " + refused.body());
            assertTrue(refused.body().contains("id=\"pair-error\""), pair);
        }
    }

    @Test
    void theHistoryIsForTheDocumentsParticipantsOnlyAsInTheApi() {
        String id = draft("Tekst.");
        FormClient outsider = person("verzekeraar-x", "org-admin");
        assertEquals(404, outsider.get("/documenten/" + id + "/versies").status());
        assertEquals(404, outsider.get("/documenten/" + id + "/verschil?van=1&naar=2").status());
        assertEquals(200, person("longartsen", "member").get("/documenten/" + id + "/versies").status(), "a commenter reads the history");
    }
}
