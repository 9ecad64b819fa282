package nl.triade.registry.http.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.TestDatabases;

/**
 * The one place the archive tests choose the database they import into: a new, empty database of
 * the engine the suite runs on (an SQLite file not yet made, in a folder not yet made, as a new
 * installation's; or an empty PostgreSQL database), with its own (empty) keys folder.
 */
record TargetDatabase(String url, Path folder) {

    static TargetDatabase fresh() {
        try {
            Path folder = Files.createTempDirectory("triade-import").resolve("data");
            return new TargetDatabase(TestDatabases.createEmpty(folder), folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path keys() {
        return folder.resolve("keys");
    }

    /** The database file, on SQLite. */
    Path file() {
        return folder.resolve("triade.db");
    }

    /** The registry served from this database, as after a restore. */
    RunningRegistry start() {
        return RunningRegistry.startOn(url, keys());
    }

    /** The environment a command run against this database gets. */
    Map<String, String> environment() {
        return Map.of("TRIADE_DB_URL", url, "TRIADE_KEYS_DIR", keys().toString());
    }
}
