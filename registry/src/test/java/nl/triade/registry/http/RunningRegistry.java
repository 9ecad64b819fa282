package nl.triade.registry.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.triade.registry.app.Triade;
import nl.triade.registry.config.ConfigLoader;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.SpecValidator;
import nl.triade.registry.http.support.TestClock;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real server on a free port over a real database: a SQLite file in a temporary folder, or a
 * PostgreSQL database of its own when the suite runs on PostgreSQL ({@link TestDatabases}), started
 * exactly as {@code Main} starts it, except for its clock: a {@link TestClock} the test may advance, kept
 * across restarts. Restartable on the same file, to prove what survives a restart.
 */
public final class RunningRegistry implements ServedRegistry, AutoCloseable, BeforeAllCallback, AfterAllCallback {
    public static final String ADMIN_TOKEN = "Test-administrator-token-0001-xyz";
    private static final SpecValidator SPEC = SpecValidator.fromSystemProperty();

    private final Path folder;
    private final String databaseUrl;
    private final boolean demo;
    private final Map<String, String> environment;
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private final TestClock clock;
    /** Its {@code TRIADE_INSTANCE_ID}, kept across restarts as an operator keeps a server's name. */
    private final String instance = "test-instance-" + INSTANCES.incrementAndGet();
    private Triade triade;

    private RunningRegistry(Path folder, String databaseUrl, boolean demo, Map<String, String> environment, TestClock clock) {
        this.folder = folder;
        this.databaseUrl = databaseUrl;
        this.demo = demo;
        this.environment = environment;
        this.clock = clock;
    }

    public static RunningRegistry start(boolean demo) {
        return start(demo, Map.of());
    }

    /**
     * With extra environment (plugin settings, time limits) and the named plugin jars, as built in
     * this reactor, copied into the registry's plugins folder.
     */
    public static RunningRegistry start(boolean demo, Map<String, String> environment, String... plugins) {
        RunningRegistry registry = prepare(demo, environment, new TestClock(), plugins);
        registry.boot(0);
        return registry;
    }

    /**
     * One registry for every test of a class, with the settings and plugins of {@link #start(boolean,
     * Map, String...)}: held in a {@code @RegisterExtension static final} field, it starts before the
     * class's {@code @BeforeAll} methods run and closes after its last test.
     */
    public static RunningRegistry perTestClass(Map<String, String> environment, String... plugins) {
        return prepare(false, environment, new TestClock(), plugins);
    }

    /** As {@link #perTestClass(Map, String...)}, seeded with the demo data as {@code --demo} seeds it. */
    public static RunningRegistry perTestClassWithDemo(Map<String, String> environment, String... plugins) {
        return prepare(true, environment, new TestClock(), plugins);
    }

    /** As {@link #perTestClass(Map, String...)}, with the registry's clock starting at {@code start}, e.g. a day in 2021. */
    public static RunningRegistry perTestClassFrom(Instant start, Map<String, String> environment, String... plugins) {
        return prepare(false, environment, TestClock.startingAt(start), plugins);
    }

    public static RunningRegistry perTestClass() {
        return perTestClass(Map.of());
    }

    private static RunningRegistry prepare(boolean demo, Map<String, String> environment, TestClock clock, String... plugins) {
        try {
            Path folder = Files.createTempDirectory("triade-test");
            Files.createDirectories(folder.resolve("plugins"));
            for (String plugin : plugins) {
                Files.copy(builtPlugin(plugin), folder.resolve("plugins").resolve(plugin + ".jar"));
            }
            return new RunningRegistry(folder, TestDatabases.create(folder), demo, environment, clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        boot(0);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** A plugin jar built in this reactor, e.g. {@code toetsingskader}. */
    public static Path builtPlugin(String plugin) {
        return Path.of(System.getProperty("triade.test-plugins")).resolve("triade-plugin-" + plugin + ".jar");
    }

    public Path pluginsFolder() {
        return folder.resolve("plugins");
    }

    public static RunningRegistry start() {
        return start(false);
    }

    /** On a copy of an existing SQLite database file, as an upgrade meets it: no demo data, no plugins. */
    public static RunningRegistry startOn(Path databaseFile) {
        return startOn(databaseFile, new TestClock());
    }

    /** As {@link #startOn(Path)}, with the registry's clock starting at {@code start}, so that the dates in the file stay ahead of it. */
    public static RunningRegistry startOn(Path databaseFile, Instant start) {
        return startOn(databaseFile, TestClock.startingAt(start));
    }

    /** On an existing database of either engine, with its keys folder: a restored or moved registry. */
    public static RunningRegistry startOn(String databaseUrl, Path keys) {
        try {
            Path folder = Files.createTempDirectory("triade-test");
            Files.createDirectories(folder.resolve("plugins"));
            RunningRegistry registry = new RunningRegistry(folder, databaseUrl, false, Map.of("TRIADE_KEYS_DIR", keys.toString()),
                    new TestClock());
            registry.boot(0);
            return registry;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RunningRegistry startOn(Path databaseFile, TestClock clock) {
        try {
            Path folder = Files.createTempDirectory("triade-test");
            Files.createDirectories(folder.resolve("plugins"));
            Files.copy(databaseFile, folder.resolve("triade.db"));
            RunningRegistry registry = new RunningRegistry(folder, "jdbc:sqlite:" + folder.resolve("triade.db"), false, Map.of(), clock);
            registry.boot(0);
            return registry;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void boot(int port) {
        Map<String, String> variables = new HashMap<>(environment);
        variables.put("TRIADE_PORT", Integer.toString(port));
        variables.put("TRIADE_DB_URL", jdbcUrl());
        variables.put("TRIADE_PLUGINS_DIR", folder.resolve("plugins").toString());
        variables.put("TRIADE_ADMIN_TOKEN", ADMIN_TOKEN);
        variables.putIfAbsent("TRIADE_KEYS_DIR", folder.resolve("keys").toString());
        variables.putIfAbsent("TRIADE_INSTANCE_ID", instance);
        triade = Triade.start(ConfigLoader.load(variables, demo ? List.of("--demo") : List.of()), clock);
    }

    /**
     * A second instance of this registry, as a second server behind a load balancer: the same
     * database, plugins folder, settings and clock, its own port and its own background rounds.
     * The test closes it (before this one).
     */
    public RunningRegistry secondInstance() {
        RunningRegistry second = new RunningRegistry(folder, databaseUrl, false, environment, clock);
        second.boot(0);
        return second;
    }

    /** Stops the server and starts it again on the same port and database file. */
    public void restart() {
        int port = triade.port();
        triade.close();
        boot(port);
    }

    /** Stops the server, moves its clock on by {@code down} while nothing runs, and starts it again as {@link #restart} does. */
    public void restartAfter(Duration down) {
        int port = triade.port();
        triade.close();
        clock.advance(down);
        boot(port);
    }

    /** The registry's clock: advance it to reach a deadline, a back-off or a retry time without waiting. */
    public TestClock clock() {
        return clock;
    }

    /** The folder of its keys ({@code TRIADE_KEYS_DIR}), on either engine. */
    public Path keysFolder() {
        return Path.of(environment.getOrDefault("TRIADE_KEYS_DIR", folder.resolve("keys").toString()));
    }

    public String jdbcUrl() {
        return databaseUrl;
    }

    /** How many statements the database was sent since this start: read around a request, what it cost. */
    public long statementsRun() {
        return triade.statementsRun();
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + triade.port());
    }

    /** An anonymous client whose every response is validated against the OpenAPI spec. */
    public ApiClient anonymous() {
        return new ApiClient(baseUri(), SPEC).as(null);
    }

    @Override
    public ApiClient as(String token) {
        return new ApiClient(baseUri(), SPEC).as(token);
    }

    @Override
    public ApiClient admin() {
        return as(ADMIN_TOKEN);
    }

    @Override
    public void close() {
        triade.close();
    }
}
