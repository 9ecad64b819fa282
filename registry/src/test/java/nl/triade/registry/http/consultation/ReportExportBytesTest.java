package nl.triade.registry.http.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The bytes of a consultation report that spans several batches of 200, pinned: the streamed CSV and
 * HTML and every JSON page, with the random ids and the times written as placeholders (ids numbered
 * by first appearance), so a change to how the report is read cannot change what it says. The pins
 * were taken on the release before the report was read once per export.
 */
class ReportExportBytesTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of("TRIADE_RATE_LIMITS", "off"));
    private static final Pattern ID = Pattern.compile("\\b(cmt|acc|doc)_[a-z0-9]{16}\\b");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    private static ConsultedStandards standards;
    private static String report;

    /**
     * 430 threads in one round, so three batches; the replies to the first twenty are made last, so each
     * batch holds comments made far apart; a section, answers with names, and texts that need quoting or escaping.
     */
    @BeforeAll
    static void aRoundOfThreeBatches() {
        standards = ConsultedStandards.in(registry);
        String id = standards.draft("Drie batches");
        standards.transition(id, "open-consultation");
        List<String> roots = new ArrayList<>();
        for (int number = 1; number <= 410; number++) {
            roots.add(standards.comment(id, number % 2 == 0 ? standards.outsider : standards.patientsMember,
                    "Opmerking " + number + (number % 7 == 0 ? "; met \"quotes\", <tags> & =formule" : ""),
                    number % 3 == 0 ? "voetonderzoek" : null, null));
        }
        for (int number = 0; number < 20; number++) {
            standards.comment(id, standards.providers, "Antwoord op " + (number * 20 + 1), null, roots.get(number * 20));
        }
        standards.transition(id, "close-consultation");
        for (int number = 0; number < roots.size(); number += 4) {
            standards.answer(id, standards.patients, roots.get(number), number % 8 == 0 ? "accepted" : "rejected",
                    "-Reden " + number);
        }
        report = standards.path(id) + "/consultation-rounds/1/report";
    }

    @Test
    void theCsvIsPinned() {
        assertPinned("21b834d9ada46f917f8ef0c8ed5261ad74297bb6e90351c3479488896956894b", body("text/csv"));
    }

    @Test
    void theHtmlIsPinned() {
        assertPinned("99cca151590e14f970d6fd1e58448770b731b9d4214d687cc1127816b1b2dc36", body("text/html"));
    }

    @Test
    void theJsonPagesArePinned() {
        StringBuilder pages = new StringBuilder();
        String cursor = null;
        do {
            ApiResponse page = standards.patients.get(report + "?limit=200" + (cursor == null ? "" : "&cursor=" + cursor));
            assertEquals(200, page.status(), page.body());
            pages.append(page.body()).append('\n');
            JsonNode next = page.json().get("next");
            cursor = next.isNull() ? null : next.asText();
        } while (cursor != null);
        assertPinned("2dd07201eb57c6bb83ff948137170dae4e04a73844c9306aa218ab426298d175", pages.toString());
    }

    private static String body(String accept) {
        ApiResponse response = standards.patients.get(report, "Accept", accept);
        assertEquals(200, response.status(), response.body());
        return response.body();
    }

    private static void assertPinned(String sha256, String text) {
        String normalised = placeholders(text);
        assertEquals(sha256, sha256(normalised), "length " + normalised.length() + "; starts " + normalised.substring(0, 400));
    }

    /** {@code text} with every id replaced by its kind and the order it first appears in, and every time by {@code <time>}. */
    private static String placeholders(String text) {
        Map<String, String> ids = new LinkedHashMap<>();
        Matcher matcher = ID.matcher(TIME.matcher(text).replaceAll("<time>"));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, ids.computeIfAbsent(matcher.group(), found -> matcher.group(1) + "#" + (ids.size() + 1)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
