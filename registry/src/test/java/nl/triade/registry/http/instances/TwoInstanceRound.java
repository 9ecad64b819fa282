package nl.triade.registry.http.instances;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.submission.FakeRegister;
import nl.triade.registry.http.submission.FinalDocuments;
import nl.triade.registry.http.support.Eventually;

/**
 * One round of the two-instance test in a folder of its own (the servers' logs stay there): two
 * server processes on one database and one fake Register, the concurrent work of {@link
 * ConcurrentWork}, then a delivery cut off by {@code kill -9} of the instance making it, and then
 * {@link RoundChecks}.
 */
final class TwoInstanceRound {
    private static final int SUBMISSIONS = 4;
    /**
     * Short time limits, so that a dead instance's claim on a delivery runs out soon: a submission's
     * lease lasts the submitters' time limit plus {@code TRIADE_LEASE_MS}, which must be at least twice
     * the plugin time limit. Here 3 s + 2 s, where the defaults make it 60 s + 60 s.
     */
    private static final Map<String, String> SHORT_LEASES = Map.of("TRIADE_SUBMITTER_TIMEOUT_MS", "3000",
            "TRIADE_PLUGIN_TIMEOUT_MS", "1000", "TRIADE_LEASE_MS", "2000");
    private static final Duration TAKEOVER = Duration.ofSeconds(60);
    /** Slow enough that both instances' workers, each looking every 50 ms, see the same submission pending. */
    private static final Duration REGISTER_ANSWERS_AFTER = Duration.ofMillis(300);

    /** The delivery cut off: which submission, who died and how, who took over, and what the Register had seen by the kill. */
    record Takeover(String submission, ServerProcess killed, ServerProcess survivor, int exitStatus,
                    List<FakeRegister.Offer> offeredBeforeTheKill) {
    }

    private final Path folder;

    TwoInstanceRound(Path folder) {
        this.folder = folder;
    }

    void run() {
        Path plugins = folder.resolve("plugins");
        try {
            Files.createDirectories(plugins);
            Files.copy(RunningRegistry.builtPlugin("register-http"), plugins.resolve("register-http.jar"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Phases phases = new Phases(folder.getFileName().toString());
        try (FakeRegister register = new FakeRegister(0);
             SharedDatabase database = SharedDatabase.chosen();
             ServerProcess first = ServerProcess.start("a", folder, environment("a", register, database));
             ServerProcess second = ServerProcess.start("b", folder, environment("b", register, database))) {
            phases.done("two servers up");
            play(register, first, second, phases);
        } finally {
            System.out.println(phases);
        }
    }

    private Map<String, String> environment(String instance, FakeRegister register, SharedDatabase database) {
        Map<String, String> environment = new HashMap<>();
        environment.put("TRIADE_INSTANCE_ID", instance);
        environment.put("TRIADE_PORT", "0");
        environment.put("TRIADE_DB_URL", database.jdbcUrl());
        environment.put("TRIADE_KEYS_DIR", folder.resolve("keys").toString());
        environment.put("TRIADE_PLUGINS_DIR", folder.resolve("plugins").toString());
        environment.put("TRIADE_ADMIN_TOKEN", RunningRegistry.ADMIN_TOKEN);
        environment.put("TRIADE_PLUGIN_REGISTER_HTTP_ENDPOINT", register.endpointFor(instance));
        environment.put("TRIADE_PLUGIN_REGISTER_HTTP_ALLOW_PLAIN_HTTP", "true");
        environment.put("TRIADE_SUBMISSION_POLL_MS", "50");
        environment.put("TRIADE_SUBMISSION_BACKOFF_MS", "50");
        environment.putAll(SHORT_LEASES);
        environment.put("TRIADE_RATE_LIMITS", "off");
        // the other instance holds SQLite's write lock now and then: wait for it rather than answer 503
        environment.put("TRIADE_REQUEST_WAIT_MS", "5000");
        return environment;
    }

    private void play(FakeRegister register, ServerProcess first, ServerProcess second, Phases phases) {
        List<String> finals = IntStream.rangeClosed(0, SUBMISSIONS)
                .mapToObj(i -> FinalDocuments.create(i % 2 == 0 ? first : second).id()).toList();
        Parties parties = new Parties(first);
        String patients = parties.token("patienten", "org-admin");
        String providers = parties.token("artsen", "org-admin");
        String edited = draftWithSection(first, second, patients);
        String moved = second.as(patients).post("/api/v1/documents", Map.of("kind", "standard", "title", "Knieartrose"))
                .json().get("id").asText();
        phases.done("documents made");

        register.answerAfter(REGISTER_ANSWERS_AFTER);
        ConcurrentWork.Outcomes outcomes = new ConcurrentWork(first, second, patients, providers)
                .run(edited, moved, finals.subList(0, SUBMISSIONS));
        List<String> submitted = RoundChecks.accepted(outcomes.submissions(), 201).stream()
                .map(attempt -> attempt.response().json().get("id").asText()).toList();
        Eventually.until("every submission is sent", () -> submitted.stream().allMatch(id -> state(second, id).equals("sent")));
        phases.done("concurrent work");

        Takeover takeover = killMidDelivery(register, first, second, finals.get(SUBMISSIONS));
        phases.done("kill -9 and take-over");
        try {
            new RoundChecks(takeover.survivor(), patients, register).verify(outcomes, submitted, takeover, edited, moved);
        } finally {
            phases.done("checks");
        }
    }

    /** A draft of the patients with the providers as co-authors and one section, the one both will edit. */
    private static String draftWithSection(ServerProcess first, ServerProcess second, String patients) {
        String id = first.as(patients).post("/api/v1/documents", Map.of("kind", "standard", "title", "Heupartrose"))
                .json().get("id").asText();
        String path = "/api/v1/documents/" + id;
        first.as(patients).put(path + "/participants/artsen", Map.of("role", "author"), "If-Match", second.as(patients).get(path).etag());
        second.as(patients).put(path + "/sections/" + ConcurrentWork.SECTION, Map.of("title", "Kern", "body", "leeg"), "If-None-Match", "*");
        return id;
    }

    /**
     * Holds the Register's answer to the next package, lets an instance offer it, kills that one with
     * SIGKILL and waits for the other to deliver it: after the lease the dead one held runs out.
     */
    private static Takeover killMidDelivery(FakeRegister register, ServerProcess first, ServerProcess second, String document) {
        register.answerAfter(Duration.ZERO);
        register.holdAnswers();
        String id = first.admin().post("/api/v1/documents/" + document + "/submissions", Map.of("channel", "register-http"))
                .json().get("id").asText();
        FakeRegister.Offer inFlight = Eventually.found("an instance offers " + id + " to the Register",
                () -> register.offers().stream().filter(offer -> offer.key().equals(id)).findFirst());
        ServerProcess killed = inFlight.caller().equals(first.name()) ? first : second;
        ServerProcess survivor = killed == first ? second : first;
        int exitStatus = killed.kill();
        List<FakeRegister.Offer> offeredBeforeTheKill = register.offers();
        register.release();
        Eventually.until(survivor + " delivers " + id + " that " + killed + " was delivering when it was killed", TAKEOVER,
                () -> state(survivor, id).equals("sent"));
        return new Takeover(id, killed, survivor, exitStatus, offeredBeforeTheKill);
    }

    static String state(ServerProcess via, String submission) {
        return via.admin().get("/api/v1/submissions/" + submission).json().get("state").asText();
    }
}
