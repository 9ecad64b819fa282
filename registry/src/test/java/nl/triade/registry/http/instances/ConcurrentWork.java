package nl.triade.registry.http.instances;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.triade.registry.http.support.ApiResponse;

/**
 * The busy part of a round: five threads at once, through both instances, edit the same section,
 * comment, move a document in and out of consultation and submit documents. Edits, transitions and
 * submissions come in collisions: the same change from the same base, sent to both instances at the
 * same moment, of which exactly one may win.
 */
final class ConcurrentWork {
    static final String SECTION = "kern";
    private static final int EDIT_PAIRS = 10;
    private static final int COMMENTS_PER_INSTANCE = 12;
    private static final int TRANSITION_PAIRS = 4;
    /** Beyond the four weeks a consultation must at least last (TRIADE_CONSULTATION_MIN_DAYS); the servers run on the real clock. */
    private static final Duration CONSULTATION = Duration.ofDays(42);

    /** What came back: each collision's attempts, and every comment posted. */
    record Outcomes(List<List<Attempt>> edits, List<Attempt> comments, List<List<Attempt>> transitions,
                    List<List<Attempt>> submissions) {
    }

    private final ServerProcess first;
    private final ServerProcess second;
    private final String patients;
    private final String providers;

    /** {@code patients} and {@code providers}: tokens of org-admins of the two author organisations. */
    ConcurrentWork(ServerProcess first, ServerProcess second, String patients, String providers) {
        this.first = first;
        this.second = second;
        this.patients = patients;
        this.providers = providers;
    }

    /** Edits and comments on {@code edited}, consultations of {@code moved}, the final documents {@code submitted}. */
    Outcomes run(String edited, String moved, List<String> submitted) {
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            Future<List<List<Attempt>>> edits = pool.submit(() -> editPairs(edited));
            Future<List<Attempt>> patientComments = pool.submit(() -> comments(first, patients, edited));
            Future<List<Attempt>> providerComments = pool.submit(() -> comments(second, providers, edited));
            Future<List<List<Attempt>>> transitions = pool.submit(() -> transitionPairs(moved));
            Future<List<List<Attempt>>> submissions = pool.submit(() -> submissionPairs(submitted));
            List<Attempt> comments = new ArrayList<>(joined(patientComments));
            comments.addAll(joined(providerComments));
            return new Outcomes(joined(edits), comments, joined(transitions), joined(submissions));
        } finally {
            pool.shutdownNow();
        }
    }

    /** A patient and a provider save the section from the same base, through different instances; who goes where alternates. */
    private List<List<Attempt>> editPairs(String document) {
        String path = "/api/v1/documents/" + document + "/sections/" + SECTION;
        List<List<Attempt>> pairs = new ArrayList<>();
        for (int pair = 1; pair <= EDIT_PAIRS; pair++) {
            ServerProcess one = pair % 2 == 0 ? first : second;
            ServerProcess other = one == first ? second : first;
            String etag = "\"" + sectionRevision(one, document) + "\"";
            String mine = "versie " + pair + " van de patienten via " + one.name();
            String theirs = "versie " + pair + " van de artsen via " + other.name();
            pairs.add(Attempt.colliding(List.of(
                    new Attempt.Planned(mine, one, () -> one.as(patients).put(path, Map.of("title", "Kern", "body", mine),
                            "If-Match", etag, "Revision-Note", mine)),
                    new Attempt.Planned(theirs, other, () -> other.as(providers).put(path, Map.of("title", "Kern", "body", theirs),
                            "If-Match", etag, "Revision-Note", theirs)))));
        }
        return pairs;
    }

    private int sectionRevision(ServerProcess via, String document) {
        return via.as(patients).get("/api/v1/documents/" + document).json().get("sections").get(0).get("revision").asInt();
    }

    private static List<Attempt> comments(ServerProcess via, String token, String document) {
        List<Attempt> comments = new ArrayList<>();
        for (int i = 1; i <= COMMENTS_PER_INSTANCE; i++) {
            String body = "opmerking " + i + " via " + via.name();
            comments.add(new Attempt(body, via.name(), via.as(token).post("/api/v1/documents/" + document + "/comments",
                    Map.of("body", body, "sectionKey", SECTION))));
        }
        return comments;
    }

    /** The document's org-admin opens its consultation through both instances at once, then closes it the same way. */
    private List<List<Attempt>> transitionPairs(String document) {
        List<List<Attempt>> pairs = new ArrayList<>();
        for (int pair = 1; pair <= TRANSITION_PAIRS; pair++) {
            String closesAt = Instant.now().plus(CONSULTATION).truncatedTo(ChronoUnit.SECONDS).toString();
            pairs.add(bothAt(document + "/transitions", patients, "open-consultation " + pair,
                    Map.of("action", "open-consultation", "closesAt", closesAt)));
            pairs.add(bothAt(document + "/transitions", patients, "close-consultation " + pair, Map.of("action", "close-consultation")));
        }
        return pairs;
    }

    /** The administrator submits each final document through both instances at once. */
    private List<List<Attempt>> submissionPairs(List<String> documents) {
        List<List<Attempt>> pairs = new ArrayList<>();
        for (String document : documents) {
            pairs.add(bothAt(document + "/submissions", null, "submission of " + document, Map.of("channel", "register-http")));
        }
        return pairs;
    }

    /** The same POST under {@code /api/v1/documents/}, to both instances at the same moment; a null token is the administrator. */
    private List<Attempt> bothAt(String path, String token, String label, Map<String, ?> body) {
        List<Attempt.Planned> requests = new ArrayList<>();
        for (ServerProcess via : List.of(first, second)) {
            Callable<ApiResponse> request = () -> (token == null ? via.admin() : via.as(token))
                    .post("/api/v1/documents/" + path, body);
            requests.add(new Attempt.Planned(label, via, request));
        }
        return Attempt.colliding(requests);
    }

    private static <T> T joined(Future<T> work) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted during the concurrent work", e);
        } catch (ExecutionException e) {
            throw new AssertionError("a thread of the concurrent work failed: " + e.getCause(), e.getCause());
        }
    }
}
