package nl.triade.registry.http.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one place the archive tests choose the database they import into: a new, empty SQLite file
 * in a folder of its own, with its own (empty) keys folder. Switching this to a fresh PostgreSQL
 * database runs the same round trip across engines.
 */
record TargetDatabase(String url, Path file, Path keys) {

    /** In a folder that does not exist yet, as a new installation's would not. */
    static TargetDatabase fresh() {
        try {
            Path folder = Files.createTempDirectory("triade-import").resolve("data");
            return new TargetDatabase("jdbc:sqlite:" + folder.resolve("triade.db"), folder.resolve("triade.db"), folder.resolve("keys"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The environment a command run against this database gets. */
    Map<String, String> environment() {
        return Map.of("TRIADE_DB_URL", url, "TRIADE_KEYS_DIR", keys.toString());
    }
}
