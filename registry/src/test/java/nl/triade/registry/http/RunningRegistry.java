package nl.triade.registry.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.triade.registry.app.Triade;
import nl.triade.registry.config.ConfigLoader;
import nl.triade.registry.config.TriadeConfig;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.SpecValidator;

/**
 * The real server on a free port over a real SQLite file in a temporary folder, started exactly
 * as {@code Main} starts it. Restartable on the same file, to prove what survives a restart.
 */
public final class RunningRegistry implements AutoCloseable {
    public static final String ADMIN_TOKEN = "test-administrator-token-0001";
    private static final SpecValidator SPEC = SpecValidator.fromSystemProperty();

    private final Path folder;
    private final boolean demo;
    private Triade triade;

    private RunningRegistry(Path folder, boolean demo) {
        this.folder = folder;
        this.demo = demo;
        boot(0);
    }

    public static RunningRegistry start(boolean demo) {
        try {
            return new RunningRegistry(Files.createTempDirectory("triade-test"), demo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RunningRegistry start() {
        return start(false);
    }

    private void boot(int port) {
        TriadeConfig config = ConfigLoader.load(Map.of(
                "TRIADE_PORT", Integer.toString(port),
                "TRIADE_DB_URL", jdbcUrl(),
                "TRIADE_PLUGINS_DIR", folder.resolve("plugins").toString(),
                "TRIADE_ADMIN_TOKEN", ADMIN_TOKEN), demo ? List.of("--demo") : List.of());
        triade = Triade.start(config);
    }

    /** Stops the server and starts it again on the same port and database file. */
    public void restart() {
        int port = triade.port();
        triade.close();
        boot(port);
    }

    public String jdbcUrl() {
        return "jdbc:sqlite:" + folder.resolve("triade.db");
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + triade.port());
    }

    /** An anonymous client whose every response is validated against the OpenAPI spec. */
    public ApiClient anonymous() {
        return new ApiClient(baseUri(), SPEC).as(null);
    }

    public ApiClient as(String token) {
        return new ApiClient(baseUri(), SPEC).as(token);
    }

    public ApiClient admin() {
        return as(ADMIN_TOKEN);
    }

    @Override
    public void close() {
        triade.close();
    }
}
