package nl.triade.registry.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import nl.triade.registry.config.ConfigLoader;
import nl.triade.registry.config.TriadeConfig;

/**
 * The run {@link ClassArchiveCommand} archives the classes of: a start as {@code Main} makes it, on the settings the
 * command gives (a throwaway database, port 0), then one request of each kind a start is followed by (readiness, the
 * API, a web page and its assets), so their classes are in the archive too; then PostgreSQL's driver, which a run on
 * SQLite does not touch; then a stop and an exit, at which the JVM writes the archive.
 */
public final class ClassArchiveRun {
    private static final String POSTGRESQL_DRIVER = "org/postgresql/";
    private static final List<String> PATHS = List.of("/ready", "/api/v1/documents", "/", "/aanmelden", "/register",
            "/assets/triade.css");

    private ClassArchiveRun() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        TriadeConfig config = ConfigLoader.load(System.getenv(), List.of());
        HttpClient client = HttpClient.newHttpClient();
        try (Triade triade = Triade.start(config)) {
            URI base = URI.create("http://localhost:" + triade.port());
            for (String path : PATHS) {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(base.resolve(path))
                        .header("Authorization", "Bearer " + config.adminToken())
                        .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html")
                        .build(), HttpResponse.BodyHandlers.discarding());
                System.out.println(path + ": " + response.statusCode());
            }
        }
        System.out.println("PostgreSQL's driver: " + loadPostgresqlDriver() + " classes loaded");
        // the archive is written at exit, and background threads need not end on their own
        System.exit(0);
    }

    /**
     * Loads, without initialising them, the classes of PostgreSQL's driver, which then go into the archive like those the
     * run used: a start on PostgreSQL otherwise reads and verifies some 180 of them one by one from the jar, on the way to
     * its first connection (README, Performance). Classes that need a library Triade does not ship (OSGi, Windows' SSPI)
     * fail to load and stay out, as they would fail in a start.
     */
    private static int loadPostgresqlDriver() {
        int loaded = 0;
        try (JarFile jar = new JarFile(Path.of(ClassArchiveRun.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.startsWith(POSTGRESQL_DRIVER) && name.endsWith(".class")) {
                    loaded += load(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the jar for PostgreSQL's driver", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where the jar is", e);
        }
        return loaded;
    }

    private static int load(String className) {
        try {
            Class.forName(className, false, ClassArchiveRun.class.getClassLoader());
            return 1;
        } catch (ClassNotFoundException | LinkageError e) {
            return 0;
        }
    }
}
