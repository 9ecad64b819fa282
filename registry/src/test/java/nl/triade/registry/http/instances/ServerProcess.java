package nl.triade.registry.http.instances;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.ServedRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.Eventually;
import nl.triade.registry.http.support.SpecValidator;

/**
 * The real server as an operator runs it, {@code java -jar triade.jar}, in a process of its own:
 * the jar this build packaged (system property {@code triade.jar}), on a free port (it starts with
 * {@code TRIADE_PORT=0} and the test reads the address it prints), its output in a log file whose
 * path every failure names. Started means serving: {@code /ready} answered {@code 200}.
 */
final class ServerProcess implements ServedRegistry, AutoCloseable {
    /** Two JVMs start beside a build on 2 shared cores: generous, and a passing start never waits it out. */
    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration STOP = Duration.ofSeconds(10);
    private static final Pattern ADDRESS = Pattern.compile("Triade's web interface: (http://localhost:\\d+)/");
    private static final SpecValidator SPEC = SpecValidator.fromSystemProperty();

    private final String name;
    private final Process process;
    private final Thread reaper;
    private final Path log;
    private final URI baseUri;

    private ServerProcess(String name, Process process, Thread reaper, Path log, URI baseUri) {
        this.name = name;
        this.process = process;
        this.reaper = reaper;
        this.log = log;
        this.baseUri = baseUri;
    }

    /**
     * Starts instance {@code name} in {@code folder} (its working directory, where {@code <name>.log}
     * goes) with {@code environment} as its only {@code TRIADE_*} variables, and waits until it serves.
     */
    static ServerProcess start(String name, Path folder, Map<String, String> environment) {
        // small heap, serial collector, no optimising compiler: two servers and the test share 2 cores
        return start(name, folder, environment, List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    }

    /** As {@link #start(String, Path, Map)}, with {@code jvmOptions} before {@code -jar}. */
    static ServerProcess start(String name, Path folder, Map<String, String> environment, List<String> jvmOptions) {
        Path log = folder.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(variable -> variable.startsWith("TRIADE_"));
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start instance " + name, e);
        }
        // a test JVM that ends before the round does (a fork timeout, Ctrl-C) takes its servers with it
        Thread reaper = new Thread(process::destroyForcibly, "reaper of instance " + name);
        Runtime.getRuntime().addShutdownHook(reaper);
        try {
            ServerProcess server = new ServerProcess(name, process, reaper, log, awaitAddress(name, process, log));
            Eventually.until(server + " is ready", START, server::ready);
            return server;
        } catch (RuntimeException | AssertionError e) {
            stop(process, reaper);
            throw e;
        }
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("triade.jar", "target/triade.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: this test runs after 'package' (mvn verify), on the jar it built");
        }
        return jar;
    }

    private static URI awaitAddress(String name, Process process, Path log) {
        return Eventually.found("instance " + name + " prints its address (log: " + log + ")", START, () -> {
            if (!process.isAlive()) {
                throw new AssertionError("instance " + name + " exited with " + process.exitValue() + " before serving; see " + log);
            }
            Matcher address = ADDRESS.matcher(read(log));
            return address.find() ? Optional.of(URI.create(address.group(1))) : Optional.empty();
        });
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean ready() {
        if (!process.isAlive()) {
            throw new AssertionError(this + " exited with " + process.exitValue());
        }
        return anonymous().get("/ready").status() == 200;
    }

    String name() {
        return name;
    }

    ApiClient anonymous() {
        return as(null);
    }

    @Override
    public ApiClient as(String token) {
        return new ApiClient(baseUri, SPEC).as(token);
    }

    @Override
    public ApiClient admin() {
        return as(RunningRegistry.ADMIN_TOKEN);
    }

    /**
     * {@code kill -9}: {@link Process#destroyForcibly()} sends SIGKILL on Linux, so the server gets no
     * shutdown hook and no chance to finish or record anything. Returns the exit status, 137 (128 + 9).
     */
    int kill() {
        process.destroyForcibly();
        return exitStatus();
    }

    @Override
    public void close() {
        stop(process, reaper);
    }

    /** Stops a server as an operator would (SIGTERM, its shutdown hook runs), and kills it if it does not end in time. */
    private static void stop(Process process, Thread reaper) {
        process.destroy();
        try {
            if (!process.waitFor(STOP.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().removeShutdownHook(reaper);
    }

    private int exitStatus() {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while " + this + " ended", e);
        }
    }

    @Override
    public String toString() {
        return "instance " + name + " (pid " + process.pid() + ", " + baseUri + ", log " + log + ")";
    }
}
