package nl.triade.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import nl.triade.registry.app.Triade;
import nl.triade.registry.config.ConfigLoader;

/**
 * How long a revision diff takes when a section body of 200,000 characters (the most a compared
 * text may hold) changed, for edits that are easy and edits built to make a word diff work hardest,
 * then for one diff of ten such sections (4,000,000 compared characters, the cap per diff). Each is
 * timed over HTTP, {@code bench.samples} (3) times, with its answer's size and how many word runs it
 * holds. Run with
 * {@code mvn -q -Pbench -DskipTests install && mvn -q -Pbench -pl bench exec:java -Dbench.main=nl.triade.bench.WordDiffBenchmark}.
 */
public final class WordDiffBenchmark {
    private static final String ADMIN = "Benchmark-Administrator-Token-2026-W3";
    private static final int CHARACTERS = 200_000;
    private static final String[] COMMON = {"de", "het", "een", "patiënt", "zorg", "en", "van", "met", "bij", "voet",
        "controle", "jaarlijks", "arts", "wordt", "in", "op", "door", "is", "niet", "ook"};

    private final BenchApi api;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final URI base;
    private String token;

    /** One kind of edit: the text before and after, both cut to {@link #CHARACTERS}. */
    private record Edit(String name, String before, String after) {
    }

    private WordDiffBenchmark(URI base) {
        this.base = base;
        this.api = new BenchApi(http, base);
    }

    public static void main(String[] args) throws Exception {
        int samples = Integer.getInteger("bench.samples", 3);
        Path folder = Files.createTempDirectory("triade-bench");
        Files.createDirectories(folder.resolve("plugins"));
        Triade triade = Triade.start(ConfigLoader.load(Map.of("TRIADE_PORT", "0",
                "TRIADE_DB_URL", "jdbc:sqlite:" + folder.resolve("bench.db"),
                "TRIADE_PLUGINS_DIR", folder.resolve("plugins").toString(),
                "TRIADE_ADMIN_TOKEN", ADMIN), List.of()));
        try {
            new WordDiffBenchmark(URI.create("http://localhost:" + triade.port())).run(samples);
        } finally {
            triade.close();
        }
    }

    private void run(int samples) throws IOException, InterruptedException {
        token = api.memberToken(ADMIN, "woorden", "patient", "bench@bench.test");
        System.out.printf(Locale.ROOT, "%nA diff of one section of %,d characters (ms over HTTP, %d samples):%n", CHARACTERS, samples);
        List<Edit> edits = edits(new Random(2026));
        for (Edit edit : edits) {
            String path = document(List.of(edit));
            time(edit.name(), path, samples);
        }
        Edit hardest = edits.get(Integer.getInteger("bench.hardest", edits.size() - 4));
        System.out.printf(Locale.ROOT, "%nTen sections at once (%,d compared characters):%n", 20 * CHARACTERS);
        time("ten x " + hardest.name(), document(Collections.nCopies(10, hardest)), samples);
    }

    /** The edits: what a person does, then what an attacker would. */
    private static List<Edit> edits(Random random) {
        String prose = prose(i -> i % 5 == 0 ? "term" + Integer.toString(i, 26) : COMMON[random.nextInt(COMMON.length)]);
        List<Edit> edits = new ArrayList<>();
        edits.add(new Edit("one word changed in prose", prose, prose.replaceFirst(" voet ", " hand ")));
        edits.add(new Edit("every tenth word changed", prose, everyNth(prose, 10)));
        edits.add(new Edit("every second word changed", prose, everyNth(prose, 2)));
        List<String> words = new ArrayList<>(Arrays.asList(prose.split(" ")));
        Collections.shuffle(words, random);
        edits.add(new Edit("the same words shuffled", prose, String.join(" ", words)));
        edits.add(new Edit("all words new and unique", prose(i -> "oud" + i), prose(i -> "nieuw" + i)));
        edits.add(new Edit("unique anchors around 560-piece gaps with nothing in common",
                prose(i -> i % 140 == 0 ? "anker" + i : "a"), prose(i -> i % 140 == 0 ? "anker" + i : "b")));
        edits.add(new Edit("unique anchors around 560-piece gaps, half in common",
                prose(i -> i % 140 == 0 ? "anker" + i : i % 2 == 0 ? "a" : "c"),
                prose(i -> i % 140 == 0 ? "anker" + i : i % 3 == 0 ? "a" : "b")));
        edits.add(new Edit("unique anchors around 100-piece gaps, half in common",
                prose(i -> i % 50 == 0 ? "anker" + i : i % 2 == 0 ? "a" : "c"),
                prose(i -> i % 50 == 0 ? "anker" + i : i % 3 == 0 ? "a" : "b")));
        edits.add(new Edit("two words alternating, shifted by one", prose(i -> i % 2 == 0 ? "a" : "b"),
                prose(i -> i % 2 == 0 ? "b" : "a")));
        return edits;
    }

    /** Words separated by single spaces (so a gap of n words is 2n pieces), now and then a full stop, at the same places in every text. */
    private static String prose(IntFunction<String> word) {
        Random stops = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < CHARACTERS; i++) {
            text.append(word.apply(i)).append(stops.nextInt(12) == 0 ? ". " : " ");
        }
        return text.substring(0, CHARACTERS);
    }

    private static String everyNth(String text, int n) {
        String[] words = text.split(" ", -1);
        for (int i = 0; i < words.length; i += n) {
            words[i] = words[i].isEmpty() ? words[i] : "x" + words[i];
        }
        return String.join(" ", words).substring(0, CHARACTERS);
    }

    /** A document whose sections went from each edit's before to its after; the path of that diff. */
    private String document(List<Edit> edits) throws IOException, InterruptedException {
        String id = api.send("POST", "/api/v1/documents", token, Map.of("kind", "standard", "title", "Woorddiff")).get("id").asText();
        List<Integer> etags = new ArrayList<>();
        for (int s = 0; s < edits.size(); s++) {
            etags.add(api.send("PUT", "/api/v1/documents/" + id + "/sections/deel-" + s, token,
                    Map.of("title", "Deel", "body", edits.get(s).before()), "If-None-Match", "*").get("revision").asInt());
        }
        int before = revision(id);
        for (int s = 0; s < edits.size(); s++) {
            api.send("PUT", "/api/v1/documents/" + id + "/sections/deel-" + s, token,
                    Map.of("title", "Deel", "body", edits.get(s).after()), "If-Match", "\"" + etags.get(s) + "\"");
        }
        return "/api/v1/documents/" + id + "/revisions/" + revision(id) + "/diff?against=" + before;
    }

    private int revision(String id) throws IOException, InterruptedException {
        return json.readTree(get("/api/v1/documents/" + id).body()).get("revision").asInt();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void time(String name, String path, int samples) throws IOException, InterruptedException {
        long[] millis = new long[samples];
        HttpResponse<String> diff = null;
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            diff = get(path);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        int runs = 0;
        int changedRuns = 0;
        if (diff.statusCode() == 200) {
            for (JsonNode change : json.readTree(diff.body()).get("changes")) {
                for (JsonNode field : change.get("fields")) {
                    for (JsonNode run : field.get("words")) {
                        runs++;
                        changedRuns += run.get("op").asText().equals("equal") ? 0 : 1;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "  %-62s HTTP %d  min %6d  median %6d  max %6d ms  %,11d bytes  %,7d word runs (%,d changed)%n",
                name, diff.statusCode(), millis[0], millis[samples / 2], millis[samples - 1], diff.body().length(), runs, changedRuns);
    }
}
