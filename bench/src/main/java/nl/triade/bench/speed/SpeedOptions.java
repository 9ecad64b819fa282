package nl.triade.bench.speed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The flags of {@code bench/speed}, each {@code --name=value} (or {@code --name} for a switch). The load defaults suit
 * a 2-core machine on which wrk shares the cores with the servers: 2 wrk threads, 16 connections, 8 s per run after a
 * 3 s warm-up, the median of 3 runs.
 */
record SpeedOptions(boolean postgresql, int threads, int connections, int seconds, int warmupSeconds, int runs,
                    int documents, boolean scale, int scaleDocuments, int scaleComments, List<String> jvmOptions,
                    Path jar, Path plugins) {

    static final String USAGE = """
            bench/speed [--no-build] [flags]: Triade against the bare ceilings of its own stack (README, Performance)
              --postgresql            Triade on an embedded PostgreSQL (durable: fsync on) instead of a temporary SQLite file
              --threads=2             wrk threads
              --connections=16        wrk connections (all threads together)
              --duration=8            seconds of each measured wrk run
              --warmup=3              seconds of the one unmeasured run of each load before the measured ones
              --runs=3                measured runs of each load; the table shows the median of each figure
              --documents=1000        documents seeded before the load (the list and search read among them)
              --scale                 also grow to --scale-documents and --scale-comments and time list and search again (long)
              --scale-documents=100000
              --scale-comments=1000000
              --jvm="-XX:+UseSerialGC" options for Triade's JVM (default: none, as `java -jar` runs it)
              --jar=registry/target/triade.jar  --plugins=plugins/target/plugins
            """;

    static SpeedOptions parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("not a flag: " + arg + "\n" + USAGE);
            }
            int equals = arg.indexOf('=');
            given.put(equals < 0 ? arg.substring(2) : arg.substring(2, equals), equals < 0 ? "true" : arg.substring(equals + 1));
        }
        List<String> known = List.of("postgresql", "threads", "connections", "duration", "warmup", "runs", "documents", "scale",
                "scale-documents", "scale-comments", "jvm", "jar", "plugins");
        for (String name : given.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown flag --" + name + "\n" + USAGE);
            }
        }
        SpeedOptions options = new SpeedOptions(given.containsKey("postgresql"), number(given, "threads", 2),
                number(given, "connections", 16), number(given, "duration", 8), number(given, "warmup", 3),
                number(given, "runs", 3), number(given, "documents", 1_000), given.containsKey("scale"),
                number(given, "scale-documents", 100_000), number(given, "scale-comments", 1_000_000),
                words(given.getOrDefault("jvm", "")), Path.of(given.getOrDefault("jar", "registry/target/triade.jar")),
                Path.of(given.getOrDefault("plugins", "plugins/target/plugins")));
        if (options.connections() < options.threads()) {
            throw new IllegalArgumentException("--connections must be at least --threads (wrk gives each thread a share)");
        }
        return options;
    }

    private static int number(Map<String, String> given, String name, int fallback) {
        String value = given.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, naming the flag
        }
        throw new IllegalArgumentException("--" + name + " must be a whole number of at least 1, was '" + value + "'");
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.trim().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
