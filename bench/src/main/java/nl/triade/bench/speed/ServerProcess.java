package nl.triade.bench.speed;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server the benchmark started as a process of its own, on a port chosen for it, with its output in a log file.
 * {@link #start} returns once {@code readiness} answered {@code 200}, and keeps the time that took from starting the
 * process: for Triade, with {@code /ready}, its start-up figure.
 */
final class ServerProcess implements AutoCloseable {
    private static final Duration LONGEST_START = Duration.ofSeconds(120);
    /**
     * Between two probes of a starting server. Every probe once the port is open is a request the starting server
     * answers (503 until it is ready) on code not yet compiled, on two cores it has no spare time on: probed every
     * 2 ms, a start took 150 to 250 ms longer than probed every 10 ms (README, Performance). 10 ms keeps the figure
     * within 10 ms of the moment the server was ready.
     */
    private static final long PROBE_INTERVAL_MILLIS = 10;
    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final Process process;
    private final URI base;
    private final Path log;
    private final Duration startup;

    private ServerProcess(Process process, URI base, Path log, Duration startup) {
        this.process = process;
        this.base = base;
        this.log = log;
        this.startup = startup;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Starts {@code command} and waits for {@code readinessPath} on {@code port} to answer 200. */
    static ServerProcess start(List<String> command, Map<String, String> environment, int port, String readinessPath, Path log)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        URI base = URI.create("http://127.0.0.1:" + port);
        HttpRequest probe = HttpRequest.newBuilder(base.resolve(readinessPath)).timeout(Duration.ofSeconds(2)).build();
        long start = System.nanoTime();
        Process process = builder.start();
        while (!answers(probe)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(command.get(command.size() - 1) + " ended with exit code " + process.exitValue()
                        + " before it served; its output:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            if (System.nanoTime() - start > LONGEST_START.toNanos()) {
                process.destroyForcibly();
                throw new IllegalStateException("no 200 from " + probe.uri() + " within " + LONGEST_START + "; see " + log);
            }
            Thread.sleep(PROBE_INTERVAL_MILLIS);
        }
        return new ServerProcess(process, base, log, Duration.ofNanos(System.nanoTime() - start));
    }

    private static boolean answers(HttpRequest probe) throws InterruptedException {
        try {
            return PROBE.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYetListening) {
            return false;
        }
    }

    URI base() {
        return base;
    }

    Duration startup() {
        return startup;
    }

    /** The resident set of the process now, in MB of 10^6 bytes ({@code VmRSS} of {@code /proc/<pid>/status}, in KiB). */
    double residentMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024 / 1e6;
            }
        }
        throw new IllegalStateException("no VmRSS for process " + process.pid());
    }

    /** How long an idle server is left after the collection: G1 gives the freed heap back on a thread of its own, after it. */
    private static final long SETTLE_MILLIS = 3_000;

    /**
     * A full collection in the server's JVM ({@code jcmd <pid> GC.run}), as an idle server's heap settles after a while,
     * and the few seconds after it in which the collector returns the memory it freed to the system.
     */
    void collectGarbage() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process gc = new ProcessBuilder(Files.isExecutable(jcmd) ? jcmd.toString() : "jcmd", String.valueOf(process.pid()), "GC.run")
                .redirectErrorStream(true).start();
        String output = new String(gc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (gc.waitFor() != 0) {
            throw new IllegalStateException("jcmd GC.run failed: " + output);
        }
        Thread.sleep(SETTLE_MILLIS);
    }

    /** Stops it as an operator does (SIGTERM: Triade's shutdown hook closes the database), forcibly after 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    @Override
    public String toString() {
        return base + " (output in " + log + ")";
    }
}
