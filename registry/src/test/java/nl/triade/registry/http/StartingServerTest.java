package nl.triade.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import nl.triade.registry.app.Triade;
import nl.triade.registry.config.ConfigLoader;
import nl.triade.registry.config.TriadeConfig;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jetty listens while the start still makes what must be there before the first request (the first administrator,
 * the demo data): until then every request but {@code /health} is answered {@code 503} with {@code Retry-After},
 * never by a registry half made (a {@code 401} for the administrator's own token, a list without the demo's
 * documents). Watched over HTTP through a first start with the demo data, whose accounts' passwords are hashed
 * after Jetty listens: a window of a second or more.
 */
@Tag("sqlite-only") // the start's order is the same on either engine; the demo on a new file is the quickest to set up
class StartingServerTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @TempDir
    Path folder;

    private record Seen(String path, int status, String retryAfter, String contentType) {
    }

    @Test
    void untilTheStartIsDoneOnlyHealthServes() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Files.createDirectories(folder.resolve("plugins"));
        TriadeConfig config = ConfigLoader.load(Map.of("TRIADE_PORT", Integer.toString(port),
                "TRIADE_DB_URL", "jdbc:sqlite:" + folder.resolve("triade.db"), "TRIADE_PLUGINS_DIR", folder.resolve("plugins").toString(),
                "TRIADE_KEYS_DIR", folder.resolve("keys").toString(), "TRIADE_ADMIN_TOKEN", RunningRegistry.ADMIN_TOKEN),
                List.of("--demo"));
        URI base = URI.create("http://localhost:" + port);
        CompletableFuture<Triade> starting = CompletableFuture.supplyAsync(() -> Triade.start(config));
        List<Seen> seen = new ArrayList<>();
        try {
            Eventually.until("the new server listens, or its start is done",
                    () -> starting.isDone() || answer(base, Routes.HEALTH).isPresent());
            while (!starting.isDone()) {
                for (String path : List.of("/api/v1/documents", "/ready", Routes.HEALTH)) {
                    answer(base, path).ifPresent(seen::add);
                }
            }
        } finally {
            starting.join().close();
        }
        for (Seen answer : seen) {
            if (answer.path().equals(Routes.HEALTH)) {
                assertEquals(200, answer.status(), answer.toString());
            } else if (answer.status() != 200) {
                assertEquals(503, answer.status(), answer.toString());
                assertEquals("1", answer.retryAfter(), answer.toString());
                assertTrue(answer.contentType().startsWith("application/problem+json"), answer.toString());
            }
        }
        assertTrue(seen.stream().anyMatch(answer -> answer.status() == 503), "listened while starting, yet refused nothing: " + seen);
    }

    /** The answer to {@code path}, or nothing while the port is still closed. */
    private static Optional<Seen> answer(URI base, String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve(path))
                    .header("Authorization", "Bearer " + RunningRegistry.ADMIN_TOKEN).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return Optional.of(new Seen(path, response.statusCode(), response.headers().firstValue("Retry-After").orElse(""),
                    response.headers().firstValue("Content-Type").orElse("")));
        } catch (IOException closed) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while asking " + path, e);
        }
    }
}
