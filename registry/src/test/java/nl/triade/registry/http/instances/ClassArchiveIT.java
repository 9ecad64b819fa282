package nl.triade.registry.http.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

    /**
     * The archive is made on SQLite, yet a start on PostgreSQL maps its driver's classes too: loaded one by one from the
     * jar they took a PostgreSQL start a tenth of its time. A start against a port nothing listens on loads the classes
     * a connection is made with, then fails; the JVM's class log tells where each class came from.
     */
    @Test
    void aStartOnPostgresqlMapsTheDriverFromTheArchive() throws IOException, InterruptedException {
        Path archive = ServerProcess.jar().resolveSibling("triade.jsa");
        Path folder = Files.createDirectories(TwoInstancesIT.emptyFolder("class-archive-postgresql").resolve("plugins")).getParent();
        Path classes = folder.resolve("classes.log");
        ProcessBuilder start = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:on", "-XX:SharedArchiveFile=" + archive.toAbsolutePath(), "-Xlog:class+load=info:file=" + classes,
                "-jar", ServerProcess.jar().toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("start.log").toFile());
        start.environment().putAll(Map.of("TRIADE_PORT", "0",
                "TRIADE_DB_URL", "jdbc:postgresql://127.0.0.1:1/triade?user=triade&connectTimeout=2",
                "TRIADE_KEYS_DIR", folder.resolve("keys").toString(),
                "TRIADE_PLUGINS_DIR", folder.resolve("plugins").toString(),
                "TRIADE_ADMIN_TOKEN", RunningRegistry.ADMIN_TOKEN));
        Process process = start.start();
        try {
            assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the start did not give up on a port nothing listens on");
        } finally {
            process.destroyForcibly();
        }
        assertEquals(1, process.exitValue(), Files.readString(folder.resolve("start.log"), StandardCharsets.UTF_8));
        List<String> driverClasses = Files.readAllLines(classes, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains(" org.postgresql.")).toList();
        assertTrue(driverClasses.stream().anyMatch(line -> line.contains(" org.postgresql.core.v3.ConnectionFactoryImpl ")),
                "the start did not try to connect:\n" + String.join("\n", driverClasses));
        // a lambda's class is spun at run time from its archived host class, never read from the jar
        List<String> fromTheJar = driverClasses.stream()
                .filter(line -> !line.contains("source: shared objects file") && !line.contains("$$Lambda$"))
                .map(line -> line.replaceFirst(".*\\] (\\S+) source: .*", "$1"))
                .toList();
        assertEquals(List.of(), fromTheJar, "driver classes a PostgreSQL start loaded from the jar, not from the archive");
    }
}
