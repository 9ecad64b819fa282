package nl.triade.registry.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeysDirConfigTest {

    @Test
    void theCheckpointKeyLivesBesideTheDatabaseFileByDefault() {
        assertEquals(Path.of("data", "keys").toAbsolutePath(), ConfigLoader.load(Map.of(), List.of()).keysDir());
        assertEquals(Path.of("/srv/triade/keys"),
                ConfigLoader.load(Map.of("TRIADE_DB_URL", "jdbc:sqlite:/srv/triade/registry.db?busy_timeout=5000"), List.of()).keysDir());
    }

    /** No database file to sit beside: the working folder's {@code keys}, as for PostgreSQL. */
    @Test
    void anSqliteDatabaseInMemoryKeepsItsKeysInTheWorkingFolder() {
        assertEquals(Path.of("keys"), ConfigLoader.load(Map.of("TRIADE_DB_URL", "jdbc:sqlite::memory:"), List.of()).keysDir());
        assertEquals(Path.of("keys"),
                ConfigLoader.load(Map.of("TRIADE_DB_URL", "jdbc:sqlite:file:registry?mode=memory&cache=shared"), List.of()).keysDir());
        assertEquals(Path.of("keys"),
                ConfigLoader.load(Map.of("TRIADE_DB_URL", "jdbc:postgresql://localhost:5432/triade"), List.of()).keysDir());
    }

    @Test
    void aFolderOfItsOwnKeepsItOutOfDatabaseBackups() {
        assertEquals(Path.of("/run/secrets/triade"), ConfigLoader.load(Map.of("TRIADE_KEYS_DIR", "/run/secrets/triade"), List.of()).keysDir());
    }
}
