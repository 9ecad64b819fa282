package nl.triade.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.Test;

/**
 * Stored texts that no content hash covers (comment bodies and answers, revision notes) enter the
 * chain by their SHA-256, and verifying the chain compares the stored rows with it: a comment
 * edited, removed or smuggled in on the database file is reported.
 */
class StoredTextsApiTest {

    @Test
    void aCommentBodyEditedInTheDatabaseIsReported() throws Exception {
        try (RunningRegistry registry = RunningRegistry.start()) {
            Draft draft = draftWithComment(registry);
            execute(registry, "UPDATE comments SET body = 'Prima zo, geen bezwaar.' WHERE id = '" + draft.comment() + "'");

            JsonNode verdict = registry.admin().get("/api/v1/events/verify").json();
            assertFalse(verdict.get("valid").asBoolean());
            assertEquals("stored-text-altered", verdict.get("failure").asText());
            assertTrue(verdict.get("reason").asText().contains(draft.comment()), verdict.toString());
        }
    }

    @Test
    void aCommentAnswerEditedInTheDatabaseIsReported() throws Exception {
        try (RunningRegistry registry = RunningRegistry.start()) {
            Draft draft = draftWithComment(registry);
            ApiResponse answered = registry.as(draft.author()).patch("/api/v1/documents/" + draft.document() + "/comments/" + draft.comment(),
                    Map.of("status", "resolved", "disposition", "rejected", "rationale", "Valt buiten de reikwijdte."));
            assertEquals(200, answered.status(), answered.body());
            execute(registry, "UPDATE comments SET rationale = 'Overgenomen.' WHERE id = '" + draft.comment() + "'");

            assertEquals("stored-text-altered", registry.admin().get("/api/v1/events/verify").json().get("failure").asText());
        }
    }

    @Test
    void aCommentRemovedOrSmuggledInIsReported() throws Exception {
        try (RunningRegistry registry = RunningRegistry.start()) {
            Draft draft = draftWithComment(registry);
            execute(registry, "INSERT INTO comments (id, document_id, revision, author, organisation, source, body, status, created_at) "
                    + "SELECT 'cmt_forged', document_id, revision, author, organisation, source, 'Ingevoegd', status, created_at "
                    + "FROM comments WHERE id = '" + draft.comment() + "'");
            JsonNode smuggled = registry.admin().get("/api/v1/events/verify").json();
            assertEquals("stored-text-altered", smuggled.get("failure").asText());
            assertTrue(smuggled.get("reason").asText().contains("cmt_forged"), smuggled.toString());

            execute(registry, "DELETE FROM comments");
            JsonNode removed = registry.admin().get("/api/v1/events/verify").json();
            assertEquals("stored-text-altered", removed.get("failure").asText());
            assertTrue(removed.get("reason").asText().contains(draft.comment()), removed.toString());
        }
    }

    @Test
    void aRevisionNoteEditedInTheDatabaseIsReported() throws Exception {
        try (RunningRegistry registry = RunningRegistry.start()) {
            Draft draft = draftWithComment(registry);
            assertTrue(registry.admin().get("/api/v1/events/verify").json().get("valid").asBoolean());
            execute(registry, "UPDATE revisions SET note = 'niets bijzonders' WHERE note IS NOT NULL");

            assertEquals("stored-text-altered", registry.admin().get("/api/v1/events/verify").json().get("failure").asText());
        }
    }

    private record Draft(String author, String document, String comment) {
    }

    /** A draft with one section written with a revision note, and one comment on it. */
    private static Draft draftWithComment(RunningRegistry registry) {
        Parties parties = new Parties(registry);
        parties.organisation("longpatienten", "patient");
        String author = parties.token("longpatienten", "org-admin");
        ApiResponse created = registry.as(author).post("/api/v1/documents",
                Map.of("kind", "standard", "title", "COPD", "condition", "copd"));
        assertEquals(201, created.status(), created.body());
        String document = created.json().get("id").asText();
        ApiResponse section = registry.as(author).put("/api/v1/documents/" + document + "/sections/zorginhoud",
                Map.of("title", "Inhoud van zorg", "body", "Longrevalidatie na een opname."),
                "If-None-Match", "*", "Revision-Note", "eerste opzet");
        assertEquals(201, section.status(), section.body());
        ApiResponse comment = registry.as(author).post("/api/v1/documents/" + document + "/comments",
                Map.of("body", "Noem ook de fysiotherapeut.", "sectionKey", "zorginhoud"));
        assertEquals(201, comment.status(), comment.body());
        return new Draft(author, document, comment.json().get("id").asText());
    }

    private static void execute(RunningRegistry registry, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(registry.jdbcUrl());
             var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
