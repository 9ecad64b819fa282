package nl.triade.bench.speed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs Debian's wrk on loopback with the benchmark's threads and connections. Every script ends in {@code report.lua},
 * whose {@code done} prints one line of figures, so nothing depends on the layout of wrk's own report.
 */
final class Wrk {
    private static final Pattern RESULT = Pattern.compile("WRK-RESULT (.*)");
    private final int threads;
    private final int connections;
    private final Path readScript;
    private final Path writeScript;

    private Wrk(int threads, int connections, Path readScript, Path writeScript) {
        this.threads = threads;
        this.connections = connections;
        this.readScript = readScript;
        this.writeScript = writeScript;
    }

    /** With its two scripts written into {@code folder}. */
    static Wrk in(Path folder, int threads, int connections) throws IOException {
        String report = resource("report.lua");
        Path read = Files.writeString(folder.resolve("read.lua"), report);
        Path write = Files.writeString(folder.resolve("write.lua"), resource("write.lua") + "\n" + report);
        return new Wrk(threads, connections, read, write);
    }

    /**
     * One warm-up run of every load, then {@code runs} rounds of all of them in turn, so a disturbance of the shared
     * machine spreads over every load rather than one; each load's measured runs, in order.
     */
    Map<String, List<LoadResult>> rounds(List<Load> loads, int warmupSeconds, int seconds, int runs) throws IOException, InterruptedException {
        for (Load load : loads) {
            SpeedBenchmark.progress("warming up: " + load.name());
            run(load, warmupSeconds);
        }
        Map<String, List<LoadResult>> measured = new LinkedHashMap<>();
        for (int round = 1; round <= runs; round++) {
            for (Load load : loads) {
                LoadResult result = run(load, seconds);
                SpeedBenchmark.progress(String.format(Locale.ROOT, "run %d: %s: %,.0f req/s, p50 %.2f ms, p99 %.2f ms, %d not 2xx/3xx",
                        round, load.name(), result.requestsPerSecond(), result.p50Millis(), result.p99Millis(), result.failures()));
                measured.computeIfAbsent(load.name(), name -> new ArrayList<>()).add(result);
            }
        }
        return measured;
    }

    LoadResult run(Load load, int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--timeout", "10s", "-s", (load.writeArguments().isEmpty() ? readScript : writeScript).toString()));
        for (String header : load.headers()) {
            command.add("-H");
            command.add(header);
        }
        command.add(load.url().toString());
        if (!load.writeArguments().isEmpty()) {
            command.add("--");
            command.addAll(load.writeArguments());
        }
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Matcher result = RESULT.matcher(output);
        if (wrk.waitFor() != 0 || !result.find()) {
            throw new IllegalStateException("wrk failed on " + load.name() + ":\n" + output);
        }
        Map<String, String> figures = List.of(result.group(1).trim().split(" ")).stream()
                .map(pair -> pair.split("=", 2)).collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
        long requests = Long.parseLong(figures.get("requests"));
        long failures = List.of("connect", "read", "write", "status", "timeout").stream().mapToLong(name -> Long.parseLong(figures.get(name))).sum();
        return new LoadResult(requests / (Long.parseLong(figures.get("micros")) / 1e6), Double.parseDouble(figures.get("p50")) / 1000,
                Double.parseDouble(figures.get("p99")) / 1000, requests, failures);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Wrk.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the benchmark's jar lacks " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
