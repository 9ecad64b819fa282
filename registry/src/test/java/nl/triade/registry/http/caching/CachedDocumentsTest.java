package nl.triade.registry.http.caching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.SecondInstance;
import nl.triade.registry.http.ServedRegistry;
import nl.triade.registry.http.TestDatabases;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /documents/{id}} answers from memory (issue 14), yet never stale after a {@code 2xx}
 * change on this instance or another one on the same database, and never to a caller who may not
 * read the document, however often others read it first.
 */
class CachedDocumentsTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();
    @RegisterExtension
    static final SecondInstance other = SecondInstance.of(registry);
    private static Parties parties;
    private static String authorToken;

    @BeforeAll
    static void start() {
        parties = new Parties(registry);
        parties.organisation("nierpatienten", "patient");
        parties.organisation("nefrologen", "provider");
        authorToken = parties.token("nierpatienten", "member");
    }

    private static String draft(String title) {
        ApiResponse created = registry.as(authorToken).post("/api/v1/documents", Map.of("kind", "standard", "title", title));
        assertEquals(201, created.status(), created.body());
        return created.json().get("id").asText();
    }

    private static ApiResponse read(ServedRegistry instance, String token, String id) {
        return instance.as(token).get("/api/v1/documents/" + id);
    }

    private static ApiResponse readTwice(ServedRegistry instance, String token, String id) {
        read(instance, token, id);
        return read(instance, token, id);
    }

    @Test
    void aReadAfterAChangeOnTheSameInstanceShowsTheChange() {
        String id = draft("Dialyse");
        assertEquals(1, readTwice(registry, authorToken, id).json().get("revision").asInt());

        ApiResponse section = registry.as(authorToken).put("/api/v1/documents/" + id + "/sections/zorginhoud",
                Map.of("title", "Zorginhoud", "body", "Eerste tekst"), "If-None-Match", "*");
        assertEquals(201, section.status(), section.body());

        ApiResponse after = read(registry, authorToken, id);
        assertEquals("\"2\"", after.etag());
        assertEquals(2, after.json().get("revision").asInt());
        assertEquals("Eerste tekst", after.json().get("sections").get(0).get("body").asText());
    }

    @Test
    void aReadOnOneInstanceAfterAChangeOnTheOtherShowsTheChange() {
        String id = draft("Niertransplantatie");
        assertEquals(1, readTwice(other, authorToken, id).json().get("revision").asInt());
        assertEquals(1, readTwice(registry, authorToken, id).json().get("revision").asInt());

        ApiResponse patched = registry.as(authorToken).patch("/api/v1/documents/" + id, Map.of("summary", "Na de operatie"),
                "If-Match", "\"1\"");
        assertEquals(200, patched.status(), patched.body());

        ApiResponse there = read(other, authorToken, id);
        assertEquals("\"2\"", there.etag());
        assertEquals("Na de operatie", there.json().get("summary").asText());
        ApiResponse changedThere = other.as(authorToken).patch("/api/v1/documents/" + id, Map.of("summary", "Daarna"),
                "If-Match", "\"2\"");
        assertEquals(200, changedThere.status(), changedThere.body());
        assertEquals("Daarna", read(registry, authorToken, id).json().get("summary").asText());
    }

    /**
     * Readers on the other instance share their looks for commits; a read that begins after a
     * change was acknowledged must still see it, and not take the answer of a look begun before.
     */
    @Test
    void aChangeShowsOnTheOtherInstanceWhileOthersKeepReadingThere() throws Exception {
        String id = draft("Peritoneale dialyse");
        AtomicBoolean reading = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        try {
            for (int reader = 0; reader < 4; reader++) {
                running.add(readers.submit(() -> {
                    while (reading.get()) {
                        assertEquals(200, read(other, authorToken, id).status());
                    }
                    return null;
                }));
            }
            for (int revision = 1; revision <= 40; revision++) {
                ApiResponse patched = registry.as(authorToken).patch("/api/v1/documents/" + id,
                        Map.of("summary", "Versie " + revision), "If-Match", "\"" + revision + "\"");
                assertEquals(200, patched.status(), patched.body());
                ApiResponse there = read(other, authorToken, id);
                assertEquals("\"" + (revision + 1) + "\"", there.etag(), "read after change " + revision);
                assertEquals("Versie " + revision, there.json().get("summary").asText());
            }
        } finally {
            reading.set(false);
            readers.shutdown();
            assertTrue(readers.awaitTermination(30, TimeUnit.SECONDS));
        }
        for (Future<?> reader : running) {
            reader.get();
        }
    }

    @Test
    void aDraftReadByItsAuthorsIsStillRefusedToOthers() {
        String id = draft("Nierstenen");
        assertEquals(200, readTwice(registry, authorToken, id).status());
        assertEquals(200, readTwice(registry, RunningRegistry.ADMIN_TOKEN, id).status());

        String outsider = parties.token("nefrologen", "org-admin");
        assertEquals(404, read(registry, outsider, id).status(), "a draft is not the outsider's to know of");
        assertEquals(401, registry.anonymous().get("/api/v1/documents/" + id).status());
        assertEquals(200, read(registry, authorToken, id).status());
        assertEquals(404, read(registry, outsider, id).status());
    }

    @Test
    void anInvitationMadeOnTheOtherInstanceOpensTheDraftAtOnce() {
        String id = draft("Nierfalen");
        String outsider = parties.token("nefrologen", "member");
        assertEquals(200, readTwice(registry, authorToken, id).status());
        assertEquals(404, read(registry, outsider, id).status());

        ApiResponse invited = other.as(authorToken).put("/api/v1/documents/" + id + "/participants/nefrologen",
                Map.of("role", "commenter"), "If-Match", "\"1\"");
        assertEquals(201, invited.status(), invited.body());

        ApiResponse read = read(registry, outsider, id);
        assertEquals(200, read.status(), read.body());
        assertEquals("\"2\"", read.etag());
    }

    @Test
    void anAdministratorDemotedOnTheOtherInstanceNoLongerReadsADraftHeReadBefore() {
        String id = draft("Nierbiopsie");
        String administratorId = parties.accountId("triade", "administrator");
        String administrator = parties.tokenOf(administratorId);
        assertEquals(200, readTwice(registry, administrator, id).status());

        ApiResponse demoted = other.admin().patch("/api/v1/accounts/" + administratorId, Map.of("role", "member"));
        assertEquals(200, demoted.status(), demoted.body());

        assertEquals(404, read(registry, administrator, id).status());
    }

    @Test
    void everyReaderGetsTheSameAnswerAsTheAuthor() {
        String id = draft("Nierschade");
        ApiClient author = registry.as(authorToken);
        ApiResponse first = author.get("/api/v1/documents/" + id);
        ApiResponse administrator = registry.admin().get("/api/v1/documents/" + id);
        assertEquals(first.json(), administrator.json());
        assertEquals(first.etag(), administrator.etag());
        assertEquals(first.header("Content-Type"), administrator.header("Content-Type"));
    }

    /**
     * PostgreSQL: the look for commits runs on a connection of its own. When that connection is cut
     * (a restarted server, a proxy's idle limit), the next read must still see a change made on the
     * other instance, and the looks must go on, on a new connection.
     */
    @Test
    void aCutCommitWatchConnectionMissesNoChangeAndIsOpenedAgain() throws SQLException {
        Assumptions.assumeTrue(TestDatabases.postgresql(), "SQLite watches commits on a file, with no connection to cut");
        String id = draft("Nierstenen");
        assertEquals(1, readTwice(registry, authorToken, id).json().get("revision").asInt());
        assertTrue(cutCommitWatches() > 0, "the instances watch for commits on connections of their own");

        ApiResponse patched = other.as(authorToken).patch("/api/v1/documents/" + id, Map.of("summary", "Na het gruis"),
                "If-Match", "\"1\"");
        assertEquals(200, patched.status(), patched.body());
        assertEquals("Na het gruis", read(registry, authorToken, id).json().get("summary").asText());

        ApiResponse again = other.as(authorToken).patch("/api/v1/documents/" + id, Map.of("summary", "Weer gruis"),
                "If-Match", "\"2\"");
        assertEquals(200, again.status(), again.body());
        assertEquals("Weer gruis", readTwice(registry, authorToken, id).json().get("summary").asText());
        assertTrue(cutCommitWatches() > 0, "the cut watch was opened again");
    }

    private static int cutCommitWatches() throws SQLException {
        try (Connection outsider = DriverManager.getConnection(registry.jdbcUrl());
             Statement statement = outsider.createStatement();
             ResultSet cut = statement.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                     + "WHERE application_name = 'triade-commit-watch'")) {
            cut.next();
            return cut.getInt(1);
        }
    }
}
