package nl.triade.registry.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's statements, compiled once per connection: each use is seen through the statement Jdbi runs. */
class ReusedStatementsTest {
    @TempDir
    Path folder;
    private final List<Statement> run = new ArrayList<>();
    private Database database;
    private Jdbi jdbi;

    @BeforeEach
    void open() {
        database = Database.open("jdbc:sqlite:" + folder.resolve("reused.db"), Duration.ofSeconds(2));
        jdbi = database.writer();
        jdbi.useHandle(handle -> handle.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL UNIQUE)"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private final StatementCustomizer watch = new StatementCustomizer() {
        @Override
        public void beforeExecution(PreparedStatement statement, StatementContext context) {
            run.add(statement);
        }
    };

    private void insert(Handle handle, String body) {
        handle.createUpdate("INSERT INTO notes (body) VALUES (:body)").bind("body", body).addCustomizer(watch).execute();
    }

    private List<String> bodies(Handle handle) {
        return handle.createQuery("SELECT body FROM notes ORDER BY id").addCustomizer(watch).mapTo(String.class).list();
    }

    @Test
    void aStatementIsCompiledOnceAndRunAgainAcrossHandles() {
        jdbi.useTransaction(handle -> insert(handle, "een"));
        jdbi.useTransaction(handle -> insert(handle, "twee"));
        jdbi.useHandle(handle -> assertEquals(List.of("een", "twee"), bodies(handle)));
        jdbi.useHandle(handle -> assertEquals(List.of("een", "twee"), bodies(handle)));

        assertSame(run.get(0), run.get(1));
        assertSame(run.get(2), run.get(3));
    }

    @Test
    void aQueryRunAgainWhileItsResultsAreReadGetsAStatementOfItsOwn() {
        jdbi.useTransaction(handle -> {
            insert(handle, "een");
            insert(handle, "twee");
        });
        List<String> inner = new ArrayList<>();
        jdbi.useHandle(handle -> handle.createQuery("SELECT body FROM notes ORDER BY id").addCustomizer(watch).mapTo(String.class)
                .forEach(body -> inner.add(body + ":" + bodies(handle).size())));

        assertEquals(List.of("een:2", "twee:2"), inner);
        assertNotSame(run.get(2), run.get(3), "the outer query's statement was still reading its rows");
    }

    @Test
    void aStatementThatFailedRunsAgainWithTheNextValues() {
        jdbi.useTransaction(handle -> insert(handle, "een"));
        assertThrows(RuntimeException.class, () -> jdbi.useTransaction(handle -> insert(handle, "een")));
        jdbi.useTransaction(handle -> insert(handle, "twee"));

        jdbi.useHandle(handle -> assertEquals(List.of("een", "twee"), bodies(handle)));
    }

    @Test
    void eachReaderConnectionKeepsItsOwnAndSeesEveryLaterCommit() {
        Set<Statement> readers = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < 12; i++) {
            String body = "notitie " + i;
            jdbi.useTransaction(handle -> insert(handle, body));
            run.clear();
            List<String> seen = database.reader().inTransaction(this::bodies);
            assertEquals(i + 1, seen.size(), "a kept statement holds no snapshot of before the commit");
            assertEquals(body, seen.get(i));
            readers.add(run.get(0));
        }
        assertTrue(readers.size() <= 4, "at most one statement per reader connection, was " + readers.size());
    }

    @Test
    void closingTheDatabaseClosesWhatWasKept() throws SQLException {
        jdbi.useTransaction(handle -> insert(handle, "een"));
        database.close();

        assertTrue(run.get(0).isClosed());
    }
}
