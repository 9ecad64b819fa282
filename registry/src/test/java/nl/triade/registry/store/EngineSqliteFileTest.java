package nl.triade.registry.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
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
}
