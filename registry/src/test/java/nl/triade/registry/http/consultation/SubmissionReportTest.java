package nl.triade.registry.http.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.consultation.ConsultationReports;
import nl.triade.registry.domain.consultation.ReportEntry;
import nl.triade.registry.domain.consultation.ReportPage;
import nl.triade.registry.domain.consultation.RoundSummary;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.json.JsonMappers;
import nl.triade.registry.store.Database;
import nl.triade.registry.store.JdbiTransactions;
import org.junit.jupiter.api.Test;

/**
 * The whole report a submission package hands the Register ({@link ConsultationReports#leadingTo}),
 * read in a transaction of its own on the database the API wrote: every thread that shaped the
 * submitted revision since the edition before it, with the names of who wrote and answered.
 */
class SubmissionReportTest {
    private static final Duration WAIT = Duration.ofSeconds(2);

    @Test
    void theReportOfARevisionHoldsWhatShapedItSinceTheEditionBeforeWithNames() throws IOException {
        try (RunningRegistry registry = RunningRegistry.start(false, Map.of("TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY",
                Files.createTempDirectory("triade-report-outbox").toString(), "TRIADE_SUBMISSION_POLL_MS", "50"), "register-outbox")) {
            ConsultedStandards standards = ConsultedStandards.in(registry);
            String id = standards.draft("Pakket");
            String remark = standards.comment(id, standards.providers, "Kan de titel korter?", null, null);
            standards.answer(id, standards.patients, remark, "rejected", "De titel volgt de richtlijn.");
            standards.transition(id, "open-consultation");
            String question = standards.comment(id, standards.outsider, "Welke indicator?", "voetonderzoek", null);
            standards.transition(id, "close-consultation");
            standards.answer(id, standards.patients, question, "accepted", "Opgenomen.");
            standards.register(id, "ZIN-2027-12");
            int registered = registry.anonymous().get(standards.path(id) + "/editions/1").json().get("revision").asInt();
            standards.transition(id, "revise");
            String next = standards.comment(id, standards.providers, "Voor versie 2.", null, null);
            int current = standards.patients.get(standards.path(id)).json().get("revision").asInt();

            try (Database database = Database.open(registry.jdbcUrl(), WAIT)) {
                JdbiTransactions transactions = new JdbiTransactions(database, JsonMappers.create(), WAIT, new SimpleMeterRegistry());
                ReportPage first = transactions.read(store -> ConsultationReports.leadingTo(store, id, registered));
                ReportPage second = transactions.read(store -> ConsultationReports.leadingTo(store, id, current));

                assertEquals(List.of(question, remark), first.entries().stream().map(ReportEntry::comment).toList(),
                        "the round first, then the drafting around it");
                assertEquals(List.of(1), first.rounds().stream().map(summary -> summary.round().number()).toList());
                assertEquals(List.of(1), first.rounds().stream().map(RoundSummary::edition).toList());
                assertTrue(first.namesShown());
                ReportEntry answered = first.entries().get(0);
                assertEquals("member of zilverzorg", answered.commenter().accountName());
                assertEquals("org-admin of voetpatienten", answered.answeredBy().accountName());
                assertEquals("Voetpatiëntenvereniging", answered.answeredBy().organisationName());
                assertEquals("Pakket", first.title());
                assertEquals(List.of(next), second.entries().stream().map(ReportEntry::comment).toList(),
                        "version 2 starts after edition 1");
                assertTrue(second.rounds().isEmpty());
            }
        }
    }
}
