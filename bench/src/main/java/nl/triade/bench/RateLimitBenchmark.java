package nl.triade.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import nl.triade.registry.domain.limits.Rate;
import nl.triade.registry.domain.limits.SharedRateLimiter;
import nl.triade.registry.json.JsonMappers;
import nl.triade.registry.store.Database;
import nl.triade.registry.store.JdbiTransactions;

/**
 * What the rate limits shared through the database cost a write: {@code bench.samples} takes from a
 * bucket, one at a time, on an SQLite file set up as the server's (WAL, {@code synchronous=FULL}, one
 * writer). A limited write takes from two buckets (its account's and its organisation's), so it pays
 * twice the figure of an admitted take; a refused take writes nothing.
 */
public final class RateLimitBenchmark {
    private static final Duration WAIT = Duration.ofSeconds(2);

    private RateLimitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int samples = Integer.getInteger("bench.samples", 2_000);
        int accounts = Integer.getInteger("bench.accounts", 1_000);
        Path folder = Files.createTempDirectory("triade-bench");
        try (Database database = Database.open("jdbc:sqlite:" + folder.resolve("bench.db"), WAIT)) {
            SharedRateLimiter limiter = new SharedRateLimiter(new JdbiTransactions(database, JsonMappers.create(), WAIT, new SimpleMeterRegistry()), Clock.systemUTC());
            Rate generous = new Rate(100_000_000, Duration.ofHours(1));
            Rate spent = new Rate(1, Duration.ofDays(1));
            limiter.acquire("spent", spent);
            time(limiter, generous, samples, 1);
            System.out.printf(Locale.ROOT, "%n%d takes from a bucket, one at a time, ms:%n", samples);
            DocumentPageBenchmark.print("admitted, one bucket", time(limiter, generous, samples, 1));
            DocumentPageBenchmark.print("admitted, " + accounts + " buckets in turn", time(limiter, generous, samples, accounts));
            DocumentPageBenchmark.print("refused (an empty bucket)", time(limiter, spent, samples, 1, "spent"));
        }
    }

    private static double[] time(SharedRateLimiter limiter, Rate rate, int samples, int buckets) {
        return time(limiter, rate, samples, buckets, "account");
    }

    private static double[] time(SharedRateLimiter limiter, Rate rate, int samples, int buckets, String prefix) {
        double[] millis = new double[samples];
        for (int i = 0; i < samples; i++) {
            String key = buckets == 1 ? prefix : prefix + ":" + i % buckets;
            long start = System.nanoTime();
            limiter.acquire(key, rate);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }
}
