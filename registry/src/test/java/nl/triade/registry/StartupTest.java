package nl.triade.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.triade.registry.app.Triade;
import nl.triade.registry.config.ConfigLoader;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up refusals, through the real {@code Main} in its own process where the exit code matters:
 * a setting is never echoed with its credentials, a guessable first administrator token is refused,
 * and {@code --demo} never adds its published accounts to a database it did not create.
 */
class StartupTest {
    private static final String SECRET = "hunter2-Sup3rSecret";

    @TempDir
    Path folder;

    private record Exit(int code, String output) {
    }

    /** Runs {@code Main} as {@code java -jar} would, with exactly {@code environment} as its TRIADE_ settings. */
    private Exit main(Map<String, String> environment, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(folder.resolve("plugins"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("TRIADE_"));
        builder.environment().put("TRIADE_PORT", "0");
        builder.environment().put("TRIADE_PLUGINS_DIR", folder.resolve("plugins").toString());
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("Main did not exit: it started serving instead of refusing");
            }
            return new Exit(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void classArchiveTakesNoArgumentsAndRunsOnlyFromTheJar() {
        Exit extra = main(Map.of(), "class-archive", "triade.jsa");
        assertEquals(2, extra.code(), extra.output());
        assertTrue(extra.output().contains("usage: triade class-archive"), extra.output());
        // here Main runs from the build's class folders, where no archive could be mapped for a jar
        Exit notAJar = main(Map.of(), "class-archive");
        assertEquals(2, notAJar.code(), notAJar.output());
        assertTrue(notAJar.output().contains("runs from triade.jar"), notAJar.output());
    }

    @Test
    void aBadDatabaseUrlIsReportedWithoutItsCredentials() {
        for (String url : List.of("jdbc:postgresql://triade:" + SECRET + "@db.example/triade",
                "jdbc:h2:mem:triade;password=" + SECRET,
                "jdbc:mysql://db.example/triade;password=" + SECRET)) {
            Exit exit = main(Map.of("TRIADE_DB_URL", url));
            assertEquals(2, exit.code(), exit.output());
            assertTrue(exit.output().contains("TRIADE_DB_URL"), exit.output());
            assertFalse(exit.output().contains(SECRET), exit.output());
        }
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsReportedWithoutItsCredentials() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("file"), "x");
        Exit exit = main(Map.of("TRIADE_DB_URL", "jdbc:sqlite:" + notAFolder.resolve("triade.db") + "?password=" + SECRET,
                "TRIADE_ADMIN_TOKEN", RunningRegistry.ADMIN_TOKEN));
        assertEquals(1, exit.code(), exit.output());
        assertFalse(exit.output().contains(SECRET), exit.output());
    }

    @Test
    void aPostgresqlServerThatCannotBeReachedIsReportedWithoutItsCredentials() {
        for (String url : List.of("jdbc:postgresql://localhost:1/triade?user=triade&password=" + SECRET,
                "jdbc:postgresql://localhost:1/triade?password=" + SECRET + "&user=triade")) {
            Exit exit = main(Map.of("TRIADE_DB_URL", url, "TRIADE_ADMIN_TOKEN", RunningRegistry.ADMIN_TOKEN,
                    "TRIADE_KEYS_DIR", folder.resolve("keys").toString()));
            assertEquals(1, exit.code(), exit.output());
            assertTrue(exit.output().contains("database"), exit.output());
            assertFalse(exit.output().contains(SECRET), exit.output());
        }
    }

    @Test
    void aGuessableFirstAdministratorTokenIsRefused() {
        for (String token : List.of("test-administrator-token-0001", "a".repeat(40), "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1",
                "correcthorsebatterystaplecorrecthorse", "password-password-password-passw0rd", "Tr1ade! with space in it 0123456789")) {
            Exit exit = main(Map.of("TRIADE_DB_URL", "jdbc:sqlite:" + folder.resolve("weak.db"), "TRIADE_ADMIN_TOKEN", token));
            assertEquals(2, exit.code(), token + ": " + exit.output());
            assertTrue(exit.output().contains("TRIADE_ADMIN_TOKEN"), exit.output());
            assertFalse(exit.output().contains(token), exit.output());
        }
        assertFalse(Files.exists(folder.resolve("weak.db")), "a refused start must not create the database");
    }

    @Test
    void demoRefusesADatabaseItDidNotCreate() {
        Path database = folder.resolve("production.db");
        Triade.start(ConfigLoader.load(environment(database), List.of())).close();

        Exit exit = main(Map.of("TRIADE_DB_URL", "jdbc:sqlite:" + database), "--demo");
        assertEquals(2, exit.code(), exit.output());
        assertTrue(exit.output().contains("--demo"), exit.output());
        assertFalse(exit.output().contains("demo-administrator"), exit.output());

        try (RunningRegistry production = RunningRegistry.startOn(database)) {
            assertEquals(401, production.as("demo-administrator").get("/api/v1/me").status());
            assertEquals(1, production.admin().get("/api/v1/events").json().get("items").size(), "the refused start changed nothing");
        }
    }

    @Test
    void demoSeedsAnEmptyDatabaseAndStartsAgainOnIt() {
        try (RunningRegistry demo = RunningRegistry.start(true)) {
            // the demo's agenda item is past its deadline: the first round after start finds it overdue
            Eventually.until("the demo's agenda item is overdue",
                    () -> demo.anonymous().get("/api/v1/agenda?status=overdue").json().get("items").size() == 1);
            assertEquals("register", demo.admin().get("/api/v1/organisations/kwaliteitsraad").json().get("kind").asText());
            String events = demo.admin().get("/api/v1/events?limit=200").body();
            demo.restart();
            assertEquals(events, demo.admin().get("/api/v1/events?limit=200").body(), "a second demo start adds nothing");
            assertEquals(200, demo.as("demo-administrator").get("/api/v1/me").status());
        }
    }

    @Test
    void demoStartsAgainOnADemoDatabaseOfTheLandedRelease() throws IOException, URISyntaxException {
        Path database = folder.resolve("landed.db");
        Files.copy(Path.of(StartupTest.class.getResource("/upgrade/landed-release.db").toURI()), database);
        Triade triade = Triade.start(ConfigLoader.load(environment(database), List.of("--demo")));
        triade.close();
    }

    private Map<String, String> environment(Path database) {
        Map<String, String> environment = new HashMap<>();
        environment.put("TRIADE_PORT", "0");
        environment.put("TRIADE_DB_URL", "jdbc:sqlite:" + database);
        environment.put("TRIADE_PLUGINS_DIR", folder.resolve("plugins").toString());
        environment.put("TRIADE_ADMIN_TOKEN", RunningRegistry.ADMIN_TOKEN);
        return environment;
    }
}
