package nl.triade.bench.speed;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The one table the benchmark prints, as Markdown so it goes into the README as it is: the loads, then each target. */
final class SpeedReport {
    private final List<String> heading = new ArrayList<>();
    private final Map<String, LoadResult> loads = new LinkedHashMap<>();
    private final List<String> targets = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void heading(String line) {
        heading.add(line);
    }

    void load(String name, LoadResult result) {
        loads.put(name, result);
    }

    /** A ratio of two loads' req/s against the least the issue asks. */
    void throughputRatio(String what, String load, String baseline, double atLeast) {
        double ratio = loads.get(load).requestsPerSecond() / loads.get(baseline).requestsPerSecond();
        target(what, format("%.2fx", ratio), format("≥ %.1fx", atLeast), ratio >= atLeast);
    }

    /** A measured figure against the most the issue allows. */
    void atMost(String what, double measured, double most, String unit) {
        target(what, format("%.0f %s", measured, unit), format("≤ %.0f %s", most, unit), measured <= most);
    }

    void target(String what, String measured, String target, boolean met) {
        targets.add(format("| %s | %s | %s | %s |", what, measured, target, met ? "met" : "**missed**"));
    }

    void note(String line) {
        notes.add(line);
    }

    void print(PrintStream out) {
        out.println();
        heading.forEach(out::println);
        out.println();
        out.println("| load | req/s | p50 ms | p99 ms | not 2xx/3xx |");
        out.println("|---|---:|---:|---:|---:|");
        loads.forEach((name, result) -> out.println(format("| %s | %,.0f | %.2f | %.2f | %d of %,d |", name,
                result.requestsPerSecond(), result.p50Millis(), result.p99Millis(), result.failures(), result.requests())));
        out.println();
        out.println("| target (issue 14) | measured | target | |");
        out.println("|---|---:|---:|---|");
        targets.forEach(out::println);
        if (!notes.isEmpty()) {
            out.println();
            notes.forEach(out::println);
        }
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
