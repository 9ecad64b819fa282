package nl.triade.registry.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import nl.triade.registry.domain.CommitWatch.Generations;
import nl.triade.registry.http.TestDatabases;
import nl.triade.registry.http.support.Eventually;
import nl.triade.registry.json.JsonMappers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A lone instance on PostgreSQL answers from its last look instead of a look per request, and
 * another writer on the database ends that before its first write is acknowledged
 * ({@link WriterPresence}, {@link DatabaseCommits}). Both instances run on one clock the test moves
 * by hand, and a writer's wait moves it, so which look is trusted when is certain. A commit made on a
 * plain connection, without a writer's mark (which only a process breaking the rules would make),
 * shows whether an instance looked: it is seen by a look and by nothing else.
 */
class WriterPresenceTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final HandTicker ticker = new HandTicker();
    private String url;
    private Database first;

    @BeforeEach
    void open() {
        Assumptions.assumeTrue(TestDatabases.postgresql(), "SQLite's look costs microseconds and is made on every request");
        url = TestDatabases.createOnPostgresql();
        first = Database.open(url, WAIT, new SimpleMeterRegistry(), ticker);
    }

    @AfterEach
    void close() {
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aLoneInstanceTrustsItsLastLookUntilTheTrustEnds() throws SQLException {
        Generations looked = first.commits().generations();
        commitUnmarked("UPDATE change_counts SET count = count WHERE subject = 'callers'");

        assertEquals(looked, first.commits().generations(), "no look while the last one is trusted");
        ticker.advance(DatabaseCommits.TRUST);
        assertTrue(first.commits().generations().commits() > looked.commits(), "the trust ended: a look, which sees the commit");
    }

    @Test
    void aLoneInstanceLooksAgainAfterEachWriteOfItsOwnAndSoSeesWhatItChanged() throws SQLException {
        JdbiTransactions transactions = new JdbiTransactions(first, JsonMappers.create(), WAIT, new SimpleMeterRegistry());
        transactions.write(store -> "settled");
        Generations looked = first.commits().generations();
        commitUnmarked("UPDATE tokens SET revoked_at = revoked_at WHERE false");

        transactions.write(store -> "niets");
        Generations afterItsWrite = first.commits().generations();
        assertTrue(afterItsWrite.commits() > looked.commits(), "its own write made it look, and the look sees the other commit");
        assertTrue(afterItsWrite.callers() > looked.callers(), "the look reads the count of changes to callers as well");
        assertEquals(afterItsWrite, first.commits().generations(), "and is trusted again");
    }

    @Test
    void anotherWriterCommitsOnlyOnceNoInstanceStillTrustsALookThatMissedIt() throws SQLException {
        Generations looked = first.commits().generations();
        try (Database second = Database.open(url, WAIT, new SimpleMeterRegistry(), ticker)) {
            long before = ticker.nanos();
            new JdbiTransactions(second, JsonMappers.create(), WAIT, new SimpleMeterRegistry())
                    .write(store -> ((JdbiStore) store).handle().execute("UPDATE change_counts SET count = count WHERE subject = 'callers'"));
            assertTrue(ticker.nanos() - before >= WriterPresence.SETTLE.toNanos(), "the new writer waited before its first commit");

            Generations afterTheWrite = first.commits().generations();
            assertTrue(afterTheWrite.commits() > looked.commits(), "the first instance's trust ended before the write was acknowledged");
            commitUnmarked("UPDATE change_counts SET count = count WHERE subject = 'callers'");
            assertTrue(first.commits().generations().commits() > afterTheWrite.commits(),
                    "with another writer on the database, every call looks");
        }
        Eventually.until("the other writer's session has ended, and its mark with it", () -> marks() == 1);
        ticker.advance(DatabaseCommits.ASK_EVERY);
        Generations alone = first.commits().generations();
        commitUnmarked("UPDATE change_counts SET count = count WHERE subject = 'callers'");
        assertEquals(alone, first.commits().generations(), "the other writer gone, the instance trusts its looks again");
    }

    private long marks() {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 2"
                     + " AND classid = " + WriterPresence.KEY_SPACE)) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A commit on a connection of its own that bears no writer's mark. */
    private void commitUnmarked(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
