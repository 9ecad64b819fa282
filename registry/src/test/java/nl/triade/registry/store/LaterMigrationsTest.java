package nl.triade.registry.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("sqlite-only") // the undo of migrations serves the SQLite upgrade tests
class LaterMigrationsTest {

    @Test
    void everyMigrationSinceV12SaysHowItIsUndone() {
        assertEquals(LaterMigrations.shippedVersions().tailSet(LaterMigrations.UNDO.firstKey(), true), LaterMigrations.UNDO.navigableKeySet(),
                "a new migration needs its undo in LaterMigrations.UNDO, newest last");
    }
}
