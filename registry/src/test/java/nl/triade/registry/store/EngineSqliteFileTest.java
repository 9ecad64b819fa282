package nl.triade.registry.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The file behind an SQLite URL: where the database folder, and what a start keeps beside it, are. */
class EngineSqliteFileTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:sqlite:data/triade.db|data/triade.db",
            "jdbc:sqlite:/srv/triade/triade.db?journal_mode=WAL|/srv/triade/triade.db",
            "jdbc:sqlite:file:/srv/triade/triade.db?mode=rwc|/srv/triade/triade.db",
            "jdbc:sqlite::memory:|",
            "jdbc:sqlite:|",
            "jdbc:sqlite:file::memory:?cache=shared|",
            "jdbc:sqlite:file:shared?mode=memory&cache=shared|",
            "jdbc:postgresql://localhost:5432/triade|"})
    void theFileOfAnSqliteUrl(String url, String file) {
        assertEquals(Optional.ofNullable(file).map(Path::of), Engine.sqliteFile(url));
    }

    @Test
    void theFolderOfANewSqliteFileIsMadeAndNothingElse(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("a").resolve("b").resolve("triade.db");
        Engine.createSqliteFolder("jdbc:sqlite:" + file + "?journal_mode=WAL");
        Engine.createSqliteFolder("jdbc:sqlite::memory:");
        Engine.createSqliteFolder("jdbc:postgresql://localhost:5432/triade");

        assertTrue(Files.isDirectory(file.getParent()));
        try (Stream<Path> made = Files.walk(folder)) {
            assertEquals(3, made.count(), "the temporary folder, a and a/b: no file, nothing more");
        }
    }
}
