package nl.triade.registry.http.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What led to a registered edition is public for good, and stays what it was: while the next
 * version is a private draft, its authors neither add to an edition's threads nor change the
 * answers the Register registered, so nothing of that draft reaches the public through the report.
 */
class EditionRecordTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of("TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY",
            outbox(), "TRIADE_SUBMISSION_POLL_MS", "50", "TRIADE_RATE_LIMITS", "off"), "register-outbox");
    private static ConsultedStandards standards;

    @BeforeAll
    static void parties() {
        standards = ConsultedStandards.in(registry);
    }

    private static String outbox() {
        try {
            return Files.createTempDirectory("triade-record-outbox").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A registered standard whose one consultation comment was accepted, now revised into a private draft of version 2. */
    private static Registered registeredAndRevised(String title) {
        String id = standards.draft(title);
        standards.transition(id, "open-consultation");
        String question = standards.comment(id, standards.outsider, "Welke indicator meet het voetonderzoek?", "voetonderzoek", null);
        standards.transition(id, "close-consultation");
        standards.answer(id, standards.patients, question, "accepted", "Opgenomen in het meetinstrument.");
        standards.register(id, "ZIN-2027-" + title.length());
        standards.transition(id, "revise");
        return new Registered(id, question);
    }

    private record Registered(String id, String question) {
        String report() {
            return standards.path(id) + "/editions/1/consultation-report";
        }
    }

    private static List<String> publicLines(Registered standard) {
        List<String> lines = new ArrayList<>();
        for (JsonNode item : registry.anonymous().get(standard.report()).json().get("items")) {
            lines.add(item.get("comment").asText() + " " + item.get("status").asText() + " " + item.get("disposition").asText()
                    + ": " + item.get("rationale").asText());
        }
        return lines;
    }

    private static void assertRefusedAsRegistered(ApiResponse refused) {
        assertEquals(409, refused.status(), refused.body());
        assertEquals("comment-registered", refused.json().get("rule").asText(), refused.body());
    }

    @Test
    void aReplyInTheNextVersionsDraftIsRefusedAndNeverReachesThePublicReport() {
        Registered standard = registeredAndRevised("Antwoord");
        List<String> registered = publicLines(standard);

        Map<String, Object> reply = new HashMap<>();
        reply.put("body", "Voor versie 2: deze indicator valt weg, zeg het nog niet verder.");
        reply.put("replyTo", standard.question());
        ApiResponse replied = standards.providers.post(standards.path(standard.id()) + "/comments", reply);

        assertEquals(registered, publicLines(standard), "the public report of edition 1 shows nothing of version 2's draft");
        String csv = registry.anonymous().get(standard.report(), "Accept", "text/csv").body();
        assertEquals(false, csv.contains("versie 2"), csv);
        String html = registry.anonymous().get(standard.report(), "Accept", "text/html").body();
        assertEquals(false, html.contains("versie 2"), html);
        assertRefusedAsRegistered(replied);
        assertEquals(201, standards.providers.post(standards.path(standard.id()) + "/comments",
                Map.of("body", "Voor versie 2: deze indicator valt weg.")).status(), "a new thread of the new draft is welcome");
        assertEquals(registered, publicLines(standard));
    }

    @Test
    void theRegisteredAnswerIsNeitherChangedNorReopenedInTheNextVersionsDraft() {
        Registered standard = registeredAndRevised("Besluit");
        List<String> registered = publicLines(standard);
        assertEquals(List.of(standard.question() + " resolved accepted: Opgenomen in het meetinstrument."), registered);
        String comment = standards.path(standard.id()) + "/comments/" + standard.question();

        ApiResponse changed = standards.patients.patch(comment, Map.of("status", "resolved", "disposition", "rejected",
                "rationale", "Versie 2 schrapt de indicator."));
        assertEquals(registered, publicLines(standard), "the answer the Register registered, not one of version 2's draft");
        ApiResponse reopened = standards.patients.patch(comment, Map.of("status", "open"));
        assertEquals(registered, publicLines(standard), "an answered comment of the registered edition");
        assertRefusedAsRegistered(changed);
        assertRefusedAsRegistered(reopened);
        JsonNode listed = standards.patients.get(standards.path(standard.id()) + "/comments").json().get("items").get(0);
        assertEquals(List.of(standard.question(), "accepted"), List.of(listed.get("id").asText(), listed.get("disposition").asText()));
    }
}
