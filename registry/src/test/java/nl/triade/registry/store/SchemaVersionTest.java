package nl.triade.registry.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A start skips Flyway when the database's newest migration is {@link Database#SCHEMA_VERSION}: a migration added
 * without raising it would never run on a database of the release before. Each engine's folder ends at that version.
 */
class SchemaVersionTest {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theNewestMigrationFileIsTheSchemaVersionAStartChecksFor(Engine engine) throws IOException, URISyntaxException {
        assertEquals(OptionalInt.of(Integer.parseInt(Database.SCHEMA_VERSION)), newestVersion(engine),
                "raise Database.SCHEMA_VERSION with every new migration, or a start skips it");
    }

    private static OptionalInt newestVersion(Engine engine) throws IOException, URISyntaxException {
        String folder = "/" + engine.migrations().substring("classpath:".length());
        Path path = Path.of(Objects.requireNonNull(SchemaVersionTest.class.getResource(folder), folder).toURI());
        try (Stream<Path> files = Files.list(path)) {
            return files.map(file -> VERSIONED.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(match -> Integer.parseInt(match.group(1)))
                    .max();
        }
    }
}
