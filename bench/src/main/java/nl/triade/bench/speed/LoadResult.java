package nl.triade.bench.speed;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** What one wrk run (or the median of several) measured: throughput, latencies in ms, and the answers that were not 2xx/3xx or none. */
record LoadResult(double requestsPerSecond, double p50Millis, double p99Millis, long requests, long failures) {

    /** Each figure the median of its own over {@code runs} (an odd count gives a figure that was measured). */
    static LoadResult median(List<LoadResult> runs) {
        return new LoadResult(median(runs, LoadResult::requestsPerSecond), median(runs, LoadResult::p50Millis),
                median(runs, LoadResult::p99Millis), runs.stream().mapToLong(LoadResult::requests).sum(),
                runs.stream().mapToLong(LoadResult::failures).sum());
    }

    private static double median(List<LoadResult> runs, ToDoubleFunction<LoadResult> figure) {
        double[] sorted = runs.stream().mapToDouble(figure).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    static double median(double... values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
