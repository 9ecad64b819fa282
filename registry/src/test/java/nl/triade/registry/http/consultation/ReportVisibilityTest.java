package nl.triade.registry.http.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Consultation reports read by those who should not see everything: an anonymous caller, an outsider's
 * account and a member of an organisation that takes no part, in every format, on documents in every
 * state a report can be asked of: a withdrawn draft, the next version in consultation, superseded and
 * withdrawn editions, rounds and editions that do not exist or are another document's.
 */
class ReportVisibilityTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of("TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY",
            outbox(), "TRIADE_SUBMISSION_POLL_MS", "50", "TRIADE_RATE_LIMITS", "off"), "register-outbox");
    private static final List<String> FORMATS = List.of("application/json", "text/csv", "text/html");
    private static ConsultedStandards standards;

    @BeforeAll
    static void parties() {
        standards = ConsultedStandards.in(registry);
    }

    private static String outbox() {
        try {
            return Files.createTempDirectory("triade-visibility-outbox").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String path(String id, String report) {
        return standards.path(id) + report;
    }

    /** The status each format answers {@code client} for {@code report}. */
    private static List<Integer> statuses(ApiClient client, String id, String report) {
        List<Integer> statuses = new ArrayList<>();
        FORMATS.forEach(format -> statuses.add(client.get(path(id, report), "Accept", format).status()));
        return statuses;
    }

    private static List<String> comments(ApiClient client, String id, String report) {
        List<String> ids = new ArrayList<>();
        client.get(path(id, report)).json().get("items").forEach(item -> ids.add(item.get("comment").asText()));
        return ids;
    }

    /** One consultation round with one comment of the outsider, answered, then registered as the next edition. */
    private static String consultAndRegister(String id, String question, String reference) {
        standards.transition(id, "open-consultation");
        String comment = standards.comment(id, standards.outsider, question, null, null);
        standards.transition(id, "close-consultation");
        standards.answer(id, standards.patients, comment, "accepted", "Opgenomen.");
        standards.register(id, reference);
        return comment;
    }

    @Test
    void aWithdrawnDraftsReportStaysWithItsParticipants() {
        String id = standards.draft("Ingetrokken");
        standards.comment(id, standards.providers, "Nooit gedeeld.", null, null);
        standards.transition(id, "withdraw");

        assertEquals(List.of(404, 404, 404), statuses(standards.outsider, id, "/consultation-rounds/outside/report"));
        assertEquals(List.of(401, 401, 401), statuses(registry.anonymous(), id, "/consultation-rounds/outside/report"));
        assertEquals(List.of(404, 404, 404), statuses(standards.outsider, id, "/editions/1/consultation-report"));
        assertEquals(404, standards.outsider.get(path(id, "/consultation-rounds")).status());
        assertEquals(1, comments(standards.patientsMember, id, "/consultation-rounds/outside/report").size());
    }

    @Test
    void eachEditionsReportHoldsItsOwnThreadsAndTheNextConsultationIsNotPublicUntilRegistered() {
        String id = standards.draft("Twee edities");
        String first = consultAndRegister(id, "Vraag bij versie 1.", "ZIN-2027-21");
        standards.transition(id, "revise");
        standards.transition(id, "open-consultation");
        String second = standards.comment(id, standards.outsider, "Vraag bij versie 2.", null, null);

        ApiClient anyone = registry.anonymous();
        assertEquals(List.of(401, 401, 401), statuses(anyone, id, "/consultation-rounds/2/report"), "version 2's round is for accounts");
        assertEquals(List.of(404, 404, 404), statuses(anyone, id, "/editions/2/consultation-report"));
        assertEquals(List.of(first), comments(anyone, id, "/editions/1/consultation-report"));
        assertEquals(List.of(second), comments(standards.outsider, id, "/consultation-rounds/2/report"),
                "a consultation is open to every account");

        standards.transition(id, "close-consultation");
        assertEquals(List.of(404, 404, 404), statuses(standards.outsider, id, "/consultation-rounds/2/report"),
                "closed, the draft of version 2 is its participants' again");
        standards.answer(id, standards.patients, second, "rejected", "Niet overgenomen.");
        standards.register(id, "ZIN-2027-22");

        assertEquals(List.of(first), comments(anyone, id, "/editions/1/consultation-report"), "edition 1, now superseded");
        assertEquals(List.of(second), comments(anyone, id, "/editions/2/consultation-report"));
        assertEquals(200, standards.register.assessor().post(path(id, "/editions/2/withdrawal"), Map.of("reason", "Verouderd."))
                .status());
        assertEquals(List.of(200, 200, 200), statuses(anyone, id, "/editions/2/consultation-report"),
                "what led to an edition stays public, also once the Register withdrew it");
        JsonNode rounds = anyone.get(path(id, "/consultation-rounds")).json().get("items");
        assertEquals(List.of(1, 2), List.of(rounds.get(0).get("edition").asInt(), rounds.get(1).get("edition").asInt()));
    }

    @Test
    void roundsAndEditionsThatDoNotExistOrAreAnotherDocumentsAnswerAlike() {
        String registered = standards.draft("Eén ronde");
        consultAndRegister(registered, "Een vraag.", "ZIN-2027-23");
        String other = standards.draft("Andere standaard");
        standards.transition(other, "open-consultation");
        standards.transition(other, "close-consultation");
        standards.transition(other, "open-consultation");
        standards.comment(other, standards.outsider, "Tweede ronde van een ander.", null, null);

        for (ApiClient caller : List.of(registry.anonymous(), standards.outsider)) {
            assertEquals(List.of(404, 404, 404), statuses(caller, registered, "/consultation-rounds/2/report"),
                    "round 2 is the other document's");
            assertEquals(List.of(404, 404, 404), statuses(caller, registered, "/editions/2/consultation-report"));
            assertEquals(List.of(400, 400, 400), statuses(caller, registered, "/editions/0/consultation-report"));
        }
        assertEquals(List.of(401, 401, 401), statuses(registry.anonymous(), other, "/consultation-rounds/2/report"));
    }

    @Test
    void nobodyOutsideSeesNamesOnceTheRegisterHasDecided() {
        String id = standards.draft("Namen");
        consultAndRegister(id, "Wie vraagt dit?", "ZIN-2027-24");

        for (ApiClient reader : List.of(registry.anonymous(), standards.outsider, standards.register.assessor())) {
            JsonNode report = reader.get(path(id, "/editions/1/consultation-report")).json();
            assertEquals(false, report.get("namesShown").asBoolean());
            assertEquals(true, report.get("items").get(0).get("commenter").get("account").isNull());
            String csv = reader.get(path(id, "/editions/1/consultation-report"), "Accept", "text/csv").body();
            String html = reader.get(path(id, "/editions/1/consultation-report"), "Accept", "text/html").body();
            assertEquals(false, csv.contains("member of zilverzorg") || html.contains("member of zilverzorg"), csv + html);
        }
    }
}
