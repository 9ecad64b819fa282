package nl.triade.registry.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import nl.triade.registry.config.ConfigLoader;
import nl.triade.registry.config.TriadeConfig;

/**
 * The run {@link ClassArchiveCommand} archives the classes of: a start as {@code Main} makes it, on the settings the
 * command gives (a throwaway database, port 0), then one request of each kind a start is followed by (readiness, the
 * API, a web page and its assets), so their classes are in the archive too; then a stop and an exit, at which the JVM
 * writes the archive.
 */
public final class ClassArchiveRun {
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
        // the archive is written at exit, and background threads need not end on their own
        System.exit(0);
    }
}
