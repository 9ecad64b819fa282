package nl.triade.registry.http.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** DESIGN §3 for drafts: who may read, who may edit, and that outsiders cannot even learn a draft exists. */
class DocumentPermissionTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();
    private static ApiClient authorMember;
    private static ApiClient commenterMember;
    private static ApiClient outsider;
    private static ApiClient registerMember;
    private static String draftId;
    private static String draftEtag;

    @BeforeAll
    static void start() {
        Parties parties = new Parties(registry);
        parties.organisation("astmafonds", "patient");
        parties.organisation("longartsen", "provider");
        parties.organisation("verzekeraar-x", "insurer");
        parties.organisation("zorginstituut", "register");
        authorMember = parties.as("astmafonds", "member");
        commenterMember = parties.as("longartsen", "member");
        outsider = parties.as("verzekeraar-x", "org-admin");
        registerMember = parties.as("zorginstituut", "member");

        ApiResponse draft = authorMember.post("/api/v1/documents", Map.of("kind", "standard", "title", "Astma bij kinderen"));
        draftId = draft.json().get("id").asText();
        ApiResponse commenter = authorMember.put("/api/v1/documents/" + draftId + "/participants/longartsen",
                Map.of("role", "commenter"), "If-Match", draft.etag());
        assertEquals(201, commenter.status(), commenter.body());
        draftEtag = "\"2\"";
    }

    private static int read(ApiClient client) {
        return client.get("/api/v1/documents/" + draftId).status();
    }

    private static int editTitle(ApiClient client) {
        return client.patch("/api/v1/documents/" + draftId, Map.of("title", "Gewijzigd"), "If-Match", draftEtag).status();
    }

    @Test
    void aDraftIsReadableByParticipantsAndAdministratorsOnly() {
        assertEquals(200, read(authorMember));
        assertEquals(200, read(commenterMember));
        assertEquals(200, read(registry.admin()));
        assertEquals(404, read(outsider));
        assertEquals(404, read(registerMember));
        assertEquals(401, read(registry.anonymous()));
    }

    @Test
    void aDraftIsEditableByAuthorsOnly() {
        assertEquals(403, editTitle(commenterMember));
        assertEquals(403, editTitle(registry.admin()));
        assertEquals(404, editTitle(outsider));
        assertEquals(401, editTitle(registry.anonymous()));
        assertEquals(403, commenterMember.put("/api/v1/documents/" + draftId + "/sections/inbreng",
                Map.of("title", "Inbreng", "body", "Tekst"), "If-None-Match", "*").status());
    }

    @Test
    void listsShowOnlyWhatTheCallerMayRead() {
        assertEquals(0, outsider.get("/api/v1/documents").json().get("items").size());
        assertEquals(0, registry.anonymous().get("/api/v1/documents").json().get("items").size());
        assertEquals(draftId, commenterMember.get("/api/v1/documents").json().get("items").get(0).get("id").asText());
        assertEquals(0, outsider.get("/api/v1/documents?kind=standard").json().get("items").size());
        assertEquals(draftId, commenterMember.get("/api/v1/documents?kind=standard").json().get("items").get(0).get("id").asText());
        assertEquals(404, outsider.get("/api/v1/documents/" + draftId + "/revisions").status());
        assertEquals(404, outsider.get("/api/v1/documents/" + draftId + "/revisions/1").status());
    }

    @Test
    void theRegisterDoesNotAuthorStandards() {
        assertEquals(403, registerMember.post("/api/v1/documents", Map.of("kind", "standard", "title", "Register")).status());
    }
}
