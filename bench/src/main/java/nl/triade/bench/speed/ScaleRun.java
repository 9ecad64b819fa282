package nl.triade.bench.speed;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 14's scale target, behind {@code --scale} (filling takes long): grows the registry to
 * {@code --scale-documents} documents and {@code --scale-comments} comments over HTTP, then times the same list and
 * search as the table, and holds their p99 against the p99 the table measured at {@code --documents}.
 */
final class ScaleRun {
    private final SpeedOptions options;
    private final SpeedSeed seed;
    private final SpeedSeed.Seeded seeded;
    private final Wrk wrk;
    private final SpeedReport report;

    ScaleRun(SpeedOptions options, SpeedSeed seed, SpeedSeed.Seeded seeded, Wrk wrk, SpeedReport report) {
        this.options = options;
        this.seed = seed;
        this.seeded = seeded;
        this.wrk = wrk;
        this.report = report;
    }

    void measure(URI triade, LoadResult list, LoadResult search) throws Exception {
        SpeedBenchmark.progress(String.format(Locale.ROOT, "growing to %,d documents and %,d comments",
                options.scaleDocuments(), options.scaleComments()));
        long start = System.nanoTime();
        List<String> documents = seed.createStandards(seeded.token(), options.documents(), Math.max(options.documents(),
                options.scaleDocuments()));
        seed.comment(seeded.token(), documents.isEmpty() ? List.of(seeded.readDocument()) : documents, options.scaleComments());
        String scale = String.format(Locale.ROOT, " at %,d documents and %,d comments", Math.max(options.documents(),
                options.scaleDocuments()), options.scaleComments());
        report.note(String.format(Locale.ROOT, "Growing%s over HTTP took %.0f s.", scale, (System.nanoTime() - start) / 1e9));
        String bearer = "Authorization: Bearer " + seeded.token();
        Load bigList = Load.get(SpeedBenchmark.GET_LIST + scale, triade.resolve("/api/v1/documents?limit=50"), bearer);
        Load bigSearch = Load.get(SpeedBenchmark.GET_SEARCH + scale, triade.resolve("/api/v1/documents?limit=50&q="
                + SpeedSeed.SEARCH_WORD), bearer);
        Map<String, List<LoadResult>> runs = wrk.rounds(List.of(bigList, bigSearch), options.warmupSeconds(), options.seconds(),
                options.runs());
        LoadResult grownList = LoadResult.median(runs.get(bigList.name()));
        LoadResult grownSearch = LoadResult.median(runs.get(bigSearch.name()));
        report.load(bigList.name(), grownList);
        report.load(bigSearch.name(), grownSearch);
        ratio("list p99" + scale + " / at " + String.format(Locale.ROOT, "%,d", options.documents()), grownList, list);
        ratio("search p99" + scale + " / at " + String.format(Locale.ROOT, "%,d", options.documents()), grownSearch, search);
    }

    private void ratio(String what, LoadResult grown, LoadResult small) {
        double ratio = grown.p99Millis() / small.p99Millis();
        report.target(what, String.format(Locale.ROOT, "%.2fx", ratio), "≤ 1.5x", ratio <= 1.5);
    }
}
