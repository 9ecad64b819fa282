package nl.triade.registry.http.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.RunningRegistry;
import org.junit.jupiter.api.Test;

/**
 * The class-data archive that {@code package} writes beside the jar ({@code java -jar triade.jar class-archive}) is one
 * the JVM maps for that jar: a start with {@code -Xshare:on}, which exits rather than start without the archive,
 * serves. A stale or mismatched archive would only warn under the default {@code -Xshare:auto} and start slowly.
 */
class ClassArchiveIT {

    @Test
    void theArchiveThePackageMadeIsMappedByAStartOfItsJar() throws IOException {
        Path archive = ServerProcess.jar().resolveSibling("triade.jsa");
        assertTrue(Files.isRegularFile(archive), archive + " is missing: 'package' makes it unless -Dclass-archive.skip");
        Path folder = Files.createDirectories(TwoInstancesIT.emptyFolder("class-archive").resolve("plugins")).getParent();
        Map<String, String> environment = Map.of("TRIADE_PORT", "0",
                "TRIADE_DB_URL", "jdbc:sqlite:" + folder.resolve("triade.db"),
                "TRIADE_KEYS_DIR", folder.resolve("keys").toString(),
                "TRIADE_PLUGINS_DIR", folder.resolve("plugins").toString(),
                "TRIADE_ADMIN_TOKEN", RunningRegistry.ADMIN_TOKEN);
        try (ServerProcess server = ServerProcess.start("archived", folder, environment,
                List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive.toAbsolutePath()))) {
            assertEquals(200, server.anonymous().get("/ready").status());
            assertEquals(200, server.admin().get("/api/v1/documents").status());
        }
    }
}
