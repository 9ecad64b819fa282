package nl.triade.registry.http.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The revision diff is bounded: beyond its caps it is refused at once with the limit named, within
 * them it is near-linear, and diffs never take the connections and threads that everything else needs.
 */
class BoundedDiffTest {
    /** Far beyond the cap of lines per compared text; the landed quadratic diff worked on this for minutes. */
    private static final int HUGE = 60_000;
    private static final int LINE_CAP = 10_000;
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();
    private static ApiClient authors;

    @BeforeAll
    static void start() {
        Parties parties = new Parties(registry);
        parties.organisation("longpatienten", "patient");
        authors = parties.as("longpatienten", "member");
    }

    /** A document whose one section went from {@code before} to {@code after}: revision 2 to revision 3. */
    private static String documentEditedFromTo(String before, String after) {
        ApiResponse created = authors.post("/api/v1/documents", Map.of("kind", "standard", "title", "COPD"));
        assertEquals(201, created.status(), created.body());
        String id = created.json().get("id").asText();
        ApiResponse first = authors.put("/api/v1/documents/" + id + "/sections/zorginhoud",
                Map.of("title", "Inhoud van zorg", "body", before), "If-None-Match", "*");
        assertEquals(201, first.status(), first.body());
        ApiResponse second = authors.put("/api/v1/documents/" + id + "/sections/zorginhoud",
                Map.of("title", "Inhoud van zorg", "body", after), "If-Match", first.etag());
        assertEquals(200, second.status(), second.body());
        return id;
    }

    private static String repeated(String line, int times) {
        return (line + "\n").repeat(times);
    }

    /** The worst case within the caps: every line differs and no line is unique, so nothing anchors a match. */
    private static String maximalDiffDocument() {
        return documentEditedFromTo(repeated("a", LINE_CAP), repeated("b", LINE_CAP));
    }

    private static ApiResponse diff(String id) {
        return authors.get("/api/v1/documents/" + id + "/revisions/3/diff?against=2");
    }

    private static int statusOfDiff(String id) {
        try {
            return diff(id).status();
        } catch (UncheckedIOException timedOut) {
            return 0;
        }
    }

    @Test
    void aDiffBeyondTheLineCapIsRefusedAtOnceNamingTheLimit() {
        String id = documentEditedFromTo(repeated("a", HUGE), repeated("b", HUGE));
        ApiResponse refused = diff(id);
        assertEquals(422, refused.status(), refused.body());
        assertEquals("urn:triade:problem:limit-exceeded", refused.json().get("type").asText());
        assertEquals("diff-too-large", refused.json().get("rule").asText());
        assertEquals("sections.zorginhoud.body", refused.json().get("field").asText());
        assertEquals(LINE_CAP, refused.json().get("limit").asInt());
    }

    @Test
    void aDiffAtTheCapsIsComputed() {
        ApiResponse computed = diff(maximalDiffDocument());
        assertEquals(200, computed.status(), computed.body());
        var lines = computed.json().get("changes").get(0).get("lines");
        assertEquals(2 * LINE_CAP, lines.size());
    }

    @Test
    void anEditInALongSectionIsShownAsJustThatLine() {
        List<String> lines = IntStream.range(0, LINE_CAP).mapToObj(i -> "regel " + i).toList();
        List<String> edited = new ArrayList<>(lines);
        edited.set(5_000, "gewijzigde regel");
        String id = documentEditedFromTo(String.join("\n", lines), String.join("\n", edited));
        ApiResponse computed = diff(id);
        assertEquals(200, computed.status(), computed.body());
        Set<String> changed = new java.util.LinkedHashSet<>();
        computed.json().get("changes").get(0).get("lines").forEach(line -> {
            if (!line.get("op").asText().equals("equal")) {
                changed.add(line.get("op").asText() + " " + line.get("text").asText());
            }
        });
        assertEquals(Set.of("delete regel 5000", "insert gewijzigde regel"), changed);
    }

    /**
     * Eight callers asking for diffs (four beyond the caps, four of long texts that differ in every
     * line) while an account reads {@code /me} and the document list: those still answer. On the
     * landed code the diffs held all read connections and {@code /me} failed. A diff caller whose
     * own request outlasts the client's time limit on this busy machine is counted as {@code 0}.
     */
    @Test
    void whileManyDiffsRunTheApiStillAnswers() throws Exception {
        String huge = documentEditedFromTo(repeated("a", HUGE), repeated("b", HUGE));
        String expensive = documentEditedFromTo(repeated("a", LINE_CAP / 2), repeated("b", LINE_CAP / 2));
        AtomicBoolean running = new AtomicBoolean(true);
        Set<Integer> statuses = ConcurrentHashMap.newKeySet();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> diffs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String id = i % 2 == 0 ? huge : expensive;
                diffs.add(callers.submit(() -> {
                    do {
                        statuses.add(statusOfDiff(id));
                    } while (running.get());
                }));
            }
            for (int i = 0; i < 10; i++) {
                ApiResponse me = authors.get("/api/v1/me");
                assertEquals(200, me.status(), me.body());
                ApiResponse list = authors.get("/api/v1/documents");
                assertEquals(200, list.status(), list.body());
            }
            running.set(false);
            for (Future<?> each : diffs) {
                each.get();
            }
        } finally {
            running.set(false);
            callers.shutdownNow();
        }
        assertTrue(Set.of(0, 200, 422, 503).containsAll(statuses), statuses.toString());
        assertTrue(statuses.contains(422), statuses.toString());
    }
}
