package nl.triade.registry.http.visibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.store.LaterMigrations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A withdrawn document stays visible to exactly those who could read it just before it was withdrawn. */
class WithdrawnVisibilityTest {
    /** Many documents by the same accounts; the limits have their own tests. */
    private static final Map<String, String> NO_RATE_LIMITS = Map.of("TRIADE_RATE_LIMITS", "off");
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(NO_RATE_LIMITS);
    private static VisibilityFixtures fixtures;

    @BeforeAll
    static void start() {
        fixtures = new VisibilityFixtures(registry);
    }

    private static boolean listed(ApiClient client, String query, String id) {
        ApiResponse list = client.get("/api/v1/documents" + query);
        assertEquals(200, list.status(), list.body());
        return StreamSupport.stream(list.json().get("items").spliterator(), false)
                .anyMatch(item -> item.get("id").asText().equals(id));
    }

    @Test
    void aWithdrawnDraftStaysWithItsParticipants() {
        String id = fixtures.draft("Nooit gedeeld concept");
        fixtures.step(id, "withdraw");
        String path = "/api/v1/documents/" + id;

        assertEquals(404, fixtures.unrelated().get(path).status());
        assertEquals(404, fixtures.unrelated().get(path + "/revisions/1").status());
        assertEquals(404, fixtures.unrelated().get(path + "/comments").status());
        assertFalse(listed(fixtures.unrelated(), "", id));
        assertFalse(listed(fixtures.unrelated(), "?status=withdrawn", id));
        assertFalse(listed(fixtures.unrelated(), "?q=gedeeld", id));
        assertEquals(401, registry.anonymous().get(path).status());

        assertEquals("withdrawn", fixtures.commenter().get(path).json().get("status").asText());
        assertTrue(listed(fixtures.commenter(), "", id));
        assertTrue(listed(fixtures.commenter(), "?status=withdrawn", id));
        assertEquals(200, registry.admin().get(path).status());
    }

    @Test
    void aDocumentWithdrawnFromConsultationStaysReadableByAccounts() {
        String id = fixtures.draft("Gedeeld in de commentaarfase");
        fixtures.step(id, "open-consultation");
        fixtures.step(id, "withdraw");

        assertEquals(200, fixtures.unrelated().get("/api/v1/documents/" + id).status());
        assertTrue(listed(fixtures.unrelated(), "", id));
        assertTrue(listed(fixtures.unrelated(), "?status=withdrawn&kind=standard", id));
        assertEquals(401, registry.anonymous().get("/api/v1/documents/" + id).status());
    }

    @Test
    void draftWorkDoneAfterAConsultationIsNotPublishedByWithdrawingIt() {
        String id = fixtures.draft("Eerst gedeeld, daarna herschreven");
        fixtures.step(id, "open-consultation");
        fixtures.step(id, "close-consultation");
        String path = "/api/v1/documents/" + id;
        ApiResponse rewritten = fixtures.authorMember().patch(path, Map.of("summary", "Vertrouwelijke herziening"),
                "If-Match", fixtures.authorMember().get(path).etag());
        assertEquals(200, rewritten.status(), rewritten.body());
        fixtures.step(id, "withdraw");

        assertEquals(404, fixtures.unrelated().get(path).status());
        assertFalse(listed(fixtures.unrelated(), "", id));
    }

    /**
     * Documents withdrawn by the landed release carry no former status; migration V12 reads it from
     * their audit events. Simulated on a database this code wrote: the fact removed and V12 (with what followed it) undone.
     */
    @Tag("sqlite-only") // earlier releases wrote SQLite only
    @Test
    void documentsWithdrawnBeforeTheUpgradeKeepTheAudienceTheyHad() throws Exception {
        Path database;
        String privateDraft;
        String shared;
        try (RunningRegistry old = RunningRegistry.start(false, NO_RATE_LIMITS)) {
            VisibilityFixtures before = new VisibilityFixtures(old);
            privateDraft = before.draft("Ingetrokken concept");
            before.step(privateDraft, "withdraw");
            shared = before.draft("Ingetrokken na consultatie");
            before.step(shared, "open-consultation");
            before.step(shared, "withdraw");
            database = Path.of(old.jdbcUrl().substring("jdbc:sqlite:".length()));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE documents SET workflow = json_remove(workflow, '$.withdrawnFrom')");
            LaterMigrations.undoFrom(connection, 12);
        }
        try (RunningRegistry upgraded = RunningRegistry.startOn(database)) {
            ApiClient stranger = upgraded.as(new Parties(upgraded).token("buren", "member"));
            assertEquals(404, stranger.get("/api/v1/documents/" + privateDraft).status());
            assertFalse(listed(stranger, "", privateDraft));
            assertEquals(200, stranger.get("/api/v1/documents/" + shared).status());
            assertTrue(listed(stranger, "", shared));
        }
    }
}
