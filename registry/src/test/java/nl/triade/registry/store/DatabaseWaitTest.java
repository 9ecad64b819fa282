package nl.triade.registry.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.triade.registry.domain.UnavailableException;
import nl.triade.registry.json.JsonMappers;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An exhausted read pool makes a request wait only the configured time, and makes the service not ready. */
@Tag("sqlite-only") // it holds SQLite's file lock; ReadinessTest covers both engines
class DatabaseWaitTest {
    private static final Duration WAIT = Duration.ofMillis(300);

    @Test
    void anExhaustedReadPoolIsUnavailableAfterTheWaitAndNotReady(@TempDir Path folder) {
        try (Database database = Database.open("jdbc:sqlite:" + folder.resolve("triade.db"), WAIT)) {
            JdbiTransactions transactions = new JdbiTransactions(database, JsonMappers.create(), WAIT, new SimpleMeterRegistry());
            assertTrue(database.canServe());
            List<Handle> held = new ArrayList<>();
            try {
                while (held.size() < 4) {
                    held.add(database.reader().open());
                }
                UnavailableException refused = assertThrows(UnavailableException.class, () -> transactions.read(store -> 1));
                assertEquals(WAIT, refused.retryAfter());
                assertFalse(database.canServe());
            } finally {
                held.forEach(Handle::close);
            }
            assertTrue(database.canServe());
            assertEquals("read", transactions.read(store -> "read"));
        }
    }
}
