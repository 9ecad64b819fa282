package nl.triade.registry.http.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import nl.triade.registry.http.Consultations;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CommentApiTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();
    private static ApiClient author;
    private static ApiClient authorAdmin;
    private static ApiClient commenter;
    private static ApiClient outsider;
    private static ApiClient insurerAdmin;

    @BeforeAll
    static void start() {
        Parties parties = new Parties(registry);
        parties.organisation("epilepsievereniging", "patient");
        parties.organisation("neurologen", "provider");
        parties.organisation("verzekeraar-z", "insurer");
        author = parties.as("epilepsievereniging", "member");
        authorAdmin = parties.as("epilepsievereniging", "org-admin");
        commenter = parties.as("neurologen", "member");
        outsider = parties.as("verzekeraar-z", "member");
        insurerAdmin = parties.as("verzekeraar-z", "org-admin");
    }

    private static String draftWithCommenter() {
        ApiResponse created = author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Epilepsie"));
        String id = created.json().get("id").asText();
        author.put("/api/v1/documents/" + id + "/sections/behandeling", Map.of("title", "Behandeling", "body", "tekst"),
                "If-None-Match", "*");
        author.put("/api/v1/documents/" + id + "/participants/neurologen", Map.of("role", "commenter"), "If-Match", "\"2\"");
        return id;
    }

    private static ApiResponse comment(ApiClient client, String id, Map<String, Object> body) {
        return client.post("/api/v1/documents/" + id + "/comments", body);
    }

    @Test
    void participantsCommentOnADraftAndAuthorsAnswer() {
        String id = draftWithCommenter();
        ApiResponse posted = comment(commenter, id, Map.of("body", "Noem ook **nachtelijke** aanvallen.", "sectionKey", "behandeling"));
        assertEquals(201, posted.status(), posted.body());
        JsonNode comment = posted.json();
        assertEquals("open", comment.get("status").asText());
        assertEquals(3, comment.get("revision").asInt());
        assertEquals("person", comment.get("source").asText());
        assertEquals("Noem ook **nachtelijke** aanvallen.", comment.get("body").asText(), "stored exactly as given");

        ApiResponse reply = comment(author, id, Map.of("body", "Goed punt.", "replyTo", comment.get("id").asText()));
        assertEquals(comment.get("id").asText(), reply.json().get("replyTo").asText());

        String path = "/api/v1/documents/" + id + "/comments/" + comment.get("id").asText();
        ApiResponse withoutRationale = author.patch(path, Map.of("status", "resolved", "disposition", "accepted"));
        assertEquals(400, withoutRationale.status());
        assertEquals("rationale", withoutRationale.json().get("field").asText());
        assertEquals(403, commenter.patch(path, Map.of("status", "resolved", "disposition", "accepted", "rationale", "zelf")).status());

        ApiResponse resolved = author.patch(path, Map.of("status", "resolved", "disposition", "partly-accepted",
                "rationale", "Toegevoegd in de paragraaf over behandeling."));
        assertEquals(200, resolved.status(), resolved.body());
        assertEquals("partly-accepted", resolved.json().get("disposition").asText());
        assertEquals("resolved", resolved.json().get("status").asText());

        assertEquals(1, author.get("/api/v1/documents/" + id + "/comments?status=open").json().get("items").size());
        JsonNode firstPage = author.get("/api/v1/documents/" + id + "/comments?limit=1").json();
        assertEquals(1, firstPage.get("items").size());
        JsonNode secondPage = author.get("/api/v1/documents/" + id + "/comments?limit=1&cursor=" + firstPage.get("next").asText()).json();
        assertEquals(reply.json().get("id"), secondPage.get("items").get(0).get("id"));
        assertEquals(1, author.get("/api/v1/documents/" + id + "/comments?section=behandeling").json().get("items").size());

        ApiResponse reopened = author.patch(path, Map.of("status", "open"));
        assertTrue(reopened.json().get("disposition").isNull());
    }

    @Test
    void outsidersCommentOnlyDuringAConsultation() {
        String id = draftWithCommenter();
        assertEquals(404, comment(outsider, id, Map.of("body", "Mag ik meepraten?")).status());
        assertEquals(200, authorAdmin.post("/api/v1/documents/" + id + "/transitions", Consultations.opening(registry)).status());
        ApiResponse during = comment(outsider, id, Map.of("body", "Let op de registratielast."));
        assertEquals(201, during.status(), during.body());
        assertEquals("verzekeraar-z", during.json().get("organisation").asText());
        authorAdmin.post("/api/v1/documents/" + id + "/transitions", Map.of("action", "close-consultation"));
        assertEquals(404, comment(outsider, id, Map.of("body", "Te laat.")).status());
    }

    @Test
    void openCommentsBlockAuthorisationUntilAnswered() {
        String id = draftWithCommenter();
        String etag = author.get("/api/v1/documents/" + id).etag();
        author.put("/api/v1/documents/" + id + "/participants/neurologen", Map.of("role", "author"), "If-Match", etag);
        etag = author.get("/api/v1/documents/" + id).etag();
        author.put("/api/v1/documents/" + id + "/participants/verzekeraar-z", Map.of("role", "commenter"), "If-Match", etag);
        etag = author.get("/api/v1/documents/" + id).etag();
        assertEquals(200, insurerAdmin.put("/api/v1/documents/" + id + "/participants/verzekeraar-z", Map.of("role", "declined",
                "motivation", "Geen capaciteit."), "If-Match", etag).status());
        String commentId = comment(commenter, id, Map.of("body", "Nog één punt.")).json().get("id").asText();
        assertEquals(201, author.post("/api/v1/documents/" + id + "/validations", Map.of()).status());
        ApiResponse blocked = authorAdmin.post("/api/v1/documents/" + id + "/transitions", Map.of("action", "request-authorisation"));
        assertEquals(409, blocked.status());
        assertEquals("open-comments", blocked.json().get("rule").asText());
        author.patch("/api/v1/documents/" + id + "/comments/" + commentId, Map.of("status", "resolved",
                "disposition", "rejected", "rationale", "Valt buiten de reikwijdte."));
        ApiResponse requested = authorAdmin.post("/api/v1/documents/" + id + "/transitions", Map.of("action", "request-authorisation"));
        assertEquals(200, requested.status(), requested.body());
        ApiResponse late = comment(commenter, id, Map.of("body", "Toch nog iets."));
        assertEquals(409, late.status());
        assertEquals("not-open-for-comments", late.json().get("rule").asText());
    }

    @Test
    void afterTheConsultationClosesItselfOnlyParticipantsComment() {
        String id = draftWithCommenter();
        ApiResponse opened = authorAdmin.post("/api/v1/documents/" + id + "/transitions", Consultations.opening(registry));
        assertEquals(200, opened.status(), opened.body());
        assertEquals(201, comment(outsider, id, Map.of("body", "Op tijd.")).status(), "open to everyone until it closes");
        registry.clock().advance(Consultations.LENGTH.plusSeconds(1));
        Eventually.until("the consultation closed itself",
                () -> author.get("/api/v1/documents/" + id).json().get("status").asText().equals("draft"));
        assertEquals(404, comment(outsider, id, Map.of("body", "Te laat.")).status());
        assertEquals(201, comment(commenter, id, Map.of("body", "Als deelnemer mag het nog.")).status());
    }

    @Test
    void badCommentsAreRefusedNamingTheField() {
        String id = draftWithCommenter();
        assertEquals("body", comment(commenter, id, Map.of("body", "")).json().get("field").asText());
        assertEquals("sectionKey", comment(commenter, id, Map.of("body", "x", "sectionKey", "nergens")).json().get("field").asText());
        assertEquals("replyTo", comment(commenter, id, Map.of("body", "x", "replyTo", "cmt_bestaatniet")).json().get("field").asText());
        assertEquals(0, author.get("/api/v1/documents/" + id + "/comments").json().get("items").size());
    }

    @Test
    void aRationaleOfWhiteSpaceIsNoAnswer() {
        String id = draftWithCommenter();
        String commentId = comment(commenter, id, Map.of("body", "Noem de huisarts.")).json().get("id").asText();
        ApiResponse blank = author.patch("/api/v1/documents/" + id + "/comments/" + commentId,
                Map.of("status", "resolved", "disposition", "accepted", "rationale", " \n\t "));
        assertEquals(400, blank.status(), blank.body());
        assertEquals("rationale", blank.json().get("field").asText());
        assertEquals(1, author.get("/api/v1/documents/" + id + "/comments?status=open").json().get("items").size());
    }
}
