package nl.triade.registry.http.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.triade.registry.http.RunningRegistry;
import org.junit.jupiter.api.Test;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * The packaged jar, started as a deployment starts it: sqlite-jdbc used to copy its native library into the temporary
 * folder at every start; the server keeps one copy beside the database instead, and a restart loads that copy as it is.
 */
class SqliteNativeLibraryIT {

    @Test
    void theServerKeepsOneCopyBesideTheDatabaseAndTheTemporaryFolderStaysEmpty() throws IOException {
        Path folder = Files.createDirectories(TwoInstancesIT.emptyFolder("sqlite-native").resolve("plugins")).getParent();
        Path temporary = Files.createDirectories(folder.resolve("tmp"));
        Map<String, String> environment = Map.of("TRIADE_PORT", "0",
                "TRIADE_DB_URL", "jdbc:sqlite:" + folder.resolve("data").resolve("triade.db"),
                "TRIADE_KEYS_DIR", folder.resolve("keys").toString(),
                "TRIADE_PLUGINS_DIR", folder.resolve("plugins").toString(),
                "TRIADE_ADMIN_TOKEN", RunningRegistry.ADMIN_TOKEN);
        List<String> options = List.of("-Djava.io.tmpdir=" + temporary);
        try (ServerProcess server = ServerProcess.start("first", folder, environment, options)) {
            assertEquals(200, server.anonymous().get("/ready").status());
        }
        List<Path> kept = keptCopies(folder.resolve("data").resolve("native"));
        assertEquals(1, kept.size(), "copies kept beside the database: " + kept);
        FileTime longAgo = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(kept.get(0), longAgo);
        try (ServerProcess server = ServerProcess.start("restarted", folder, environment, options)) {
            assertEquals(200, server.admin().get("/api/v1/documents").status());
        }
        assertEquals(longAgo, Files.getLastModifiedTime(kept.get(0)), "the restart wrote the kept copy again");
        try (Stream<Path> left = Files.list(temporary)) {
            List<Path> copies = left.filter(file -> file.getFileName().toString().contains("sqlitejdbc")).toList();
            assertTrue(copies.isEmpty(), "the driver copied its library into the temporary folder: " + copies);
        }
    }

    private static List<Path> keptCopies(Path nativeFolder) throws IOException {
        try (Stream<Path> files = Files.walk(nativeFolder)) {
            return files.filter(file -> file.getFileName().toString().equals(LibraryLoaderUtil.getNativeLibName())).toList();
        }
    }
}
