package nl.triade.bench.speed;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 14's benchmark, run by {@code bench/speed} (which builds first): Triade as a real process on a new database
 * with the shipped plugins, seeded over HTTP; the two bare baselines in processes of their own; every load run with wrk,
 * first once to warm up, then {@code --runs} rounds of all loads in turn (so a disturbance of the shared machine
 * spreads over every row rather than one), each figure the median over the rounds. Then the start-up, memory and
 * validator figures, and with {@code --scale} list and search again at 100,000 documents and 1,000,000 comments.
 * Prints one Markdown table (see README, Performance). Progress goes to stderr.
 */
public final class SpeedBenchmark {
    static final String GET_DOCUMENT = "GET document";
    static final String GET_LIST = "GET list (first page of 50)";
    static final String GET_SEARCH = "GET search (q=" + SpeedSeed.SEARCH_WORD + ")";
    static final String PUT_SECTION = "PUT section (If-Match: *)";
    static final String POST_COMMENT = "POST comment";
    static final String WEB_PAGE = "web document page (signed in)";
    static final String BARE_JSON = "bare Javalin: the document's JSON from memory";
    private static final int RESTARTS = 3;
    private final SpeedOptions options;
    private final SpeedReport report = new SpeedReport();

    private SpeedBenchmark(SpeedOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help")) {
            System.out.println(SpeedOptions.USAGE);
            return;
        }
        SpeedOptions options;
        try {
            options = SpeedOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("speed: " + e.getMessage());
            System.exit(2);
            return;
        }
        new SpeedBenchmark(options).run();
    }

    private void run() throws Exception {
        Path folder = Files.createTempDirectory("triade-speed");
        String loadBefore = Machine.loadAverage();
        progress("working in " + folder);
        try (BenchDatabase database = options.postgresql() ? BenchDatabase.postgresql() : BenchDatabase.sqlite(folder)) {
            TriadeLaunch launch = new TriadeLaunch(options, folder, database.url(), ServerProcess.freePort());
            report.heading(String.format(Locale.ROOT, "Triade on %s, %,d documents seeded; wrk %d threads, %d connections, "
                    + "%d s a run after a %d s warm-up, median of %d runs", database.description(), options.documents(),
                    options.threads(), options.connections(), options.seconds(), options.warmupSeconds(), options.runs()));
            report.heading("Machine: " + Machine.describe() + "; Triade's JVM options: "
                    + (options.jvmOptions().isEmpty() ? "none" : String.join(" ", options.jvmOptions())));
            ServerProcess triade = launch.start();
            double firstStart = triade.startup().toMillis();
            progress("Triade served /ready " + firstStart + " ms after its process started (empty database); seeding");
            SpeedSeed seed = new SpeedSeed(triade.base());
            SpeedSeed.Seeded seeded;
            try {
                seeded = seed.seed(options.documents());
                triade.collectGarbage();
                double idle = triade.residentMegabytes();
                progress("validators over HTTP");
                ValidatorTiming.Timing http = ValidatorTiming.overHttp(seed.api(), seeded.token(), seeded.readDocument());
                Map<String, LoadResult> results = load(folder, triade.base(), seeded, database);
                results.forEach(report::load);
                report.throughputRatio("GET document / bare JSON endpoint, req/s", GET_DOCUMENT, BARE_JSON, 0.5);
                report.throughputRatio("POST comment / bare insert endpoint, req/s", POST_COMMENT, database.bareInsertName(), 1.0);
                if (options.scale()) {
                    new ScaleRun(options, seed, seeded, Wrk.in(folder, options.threads(), options.connections()), report)
                            .measure(triade.base(), results.get(GET_LIST), results.get(GET_SEARCH));
                }
                report.atMost("idle RSS after seeding and a full GC (VmRSS)", idle, 200, "MB");
                triade.collectGarbage();
                report.note(String.format(Locale.ROOT, "RSS after the load and a full GC: %.0f MB.", triade.residentMegabytes()));
                validators(http, launch);
            } finally {
                triade.close();
            }
            progress("letting the database settle before the restarts");
            database.settle();
            restarts(launch, firstStart);
        }
        report.note("Load average (1 / 5 / 15 min) at the start: " + loadBefore + "; at the end: " + Machine.loadAverage() + ".");
        report.print(System.out);
    }

    private Map<String, LoadResult> load(Path folder, URI triade, SpeedSeed.Seeded seeded, BenchDatabase database) throws Exception {
        try (Baselines baselines = Baselines.start(folder, seeded.readDocumentJson(), database.bareInsertUrl())) {
            String bearer = "Authorization: Bearer " + seeded.token();
            List<Load> loads = List.of(
                    Load.get(GET_DOCUMENT, triade.resolve("/api/v1/documents/" + seeded.readDocument()), bearer),
                    Load.get(GET_LIST, triade.resolve("/api/v1/documents?limit=50"), bearer),
                    Load.get(GET_SEARCH, triade.resolve("/api/v1/documents?limit=50&q="
                            + URLEncoder.encode(SpeedSeed.SEARCH_WORD, StandardCharsets.UTF_8)), bearer),
                    Load.write(PUT_SECTION, triade, "PUT", seeded.token(), "section", seeded.sectionPaths()),
                    Load.write(POST_COMMENT, triade, "POST", seeded.token(), "comment", seeded.commentPaths()),
                    Load.get(WEB_PAGE, triade.resolve("/documenten/" + seeded.readDocument()), "Cookie: " + seeded.cookie(),
                            "Accept: text/html"),
                    Load.get(BARE_JSON, baselines.json().base().resolve("/document")),
                    Load.write(database.bareInsertName(), baselines.insert().base(), "POST", "-", "comment", List.of("/comments")));
            Wrk wrk = Wrk.in(folder, options.threads(), options.connections());
            Map<String, List<LoadResult>> runs = wrk.rounds(loads, options.warmupSeconds(), options.seconds(), options.runs());
            Map<String, LoadResult> medians = new LinkedHashMap<>();
            runs.forEach((name, measured) -> medians.put(name, LoadResult.median(measured)));
            report.note(String.format(Locale.ROOT, "GET document and the bare JSON endpoint answer the same %,d bytes.",
                    seeded.readDocumentJson().length));
            return medians;
        }
    }

    private void validators(ValidatorTiming.Timing http, TriadeLaunch launch) {
        report.atMost(String.format(Locale.ROOT, "validators over HTTP, %d sections and %d indicators (the most the server "
                + "stores), median of the warm runs", ValidatorTiming.SECTIONS_OVER_HTTP, ValidatorTiming.INDICATORS),
                http.medianMillis(), 50, "ms");
        progress("validators in this process");
        ValidatorTiming.Timing inProcess = ValidatorTiming.inProcess(options.plugins(), launch.pluginSettings());
        report.atMost(String.format(Locale.ROOT, "validators in process (host and shipped jars), %d sections and %d indicators, "
                + "median of the warm runs", ValidatorTiming.SECTIONS_IN_PROCESS, ValidatorTiming.INDICATORS),
                inProcess.medianMillis(), 50, "ms");
        report.note(String.format(Locale.ROOT, "Validators: the first run took %.0f ms over HTTP and %.0f ms in process "
                + "(%d and %d findings).", http.firstMillis(), inProcess.firstMillis(), http.findings(), inProcess.findings()));
    }

    private void restarts(TriadeLaunch launch, double firstStart) throws Exception {
        double[] millis = new double[RESTARTS];
        for (int restart = 0; restart < RESTARTS; restart++) {
            ServerProcess triade = launch.start();
            millis[restart] = triade.startup().toMillis();
            triade.close();
            progress("restart " + (restart + 1) + ": /ready after " + millis[restart] + " ms");
        }
        report.atMost("process start to the first 200 from /ready, restart on the seeded database (median of "
                + RESTARTS + ")", LoadResult.median(millis), 1_500, "ms");
        report.note(String.format(Locale.ROOT, "First start, on the empty database (every migration, the first "
                + "administrator, new keys): %.0f ms to the first 200 from /ready.", firstStart));
    }

    static void progress(String line) {
        System.err.println("speed: " + line);
    }
}
