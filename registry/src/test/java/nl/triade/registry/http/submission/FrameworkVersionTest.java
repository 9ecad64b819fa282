package nl.triade.registry.http.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import nl.triade.registry.http.RegisterDesk;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.submission.FinalDocuments.FinalDocument;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Test;

/**
 * The Register judges a document by the Toetsingskader in force on the day it was submitted: the
 * document shows which version that is and why, read-only, and keeps it while days pass.
 */
class FrameworkVersionTest {

    private static LocalDate today(RunningRegistry registry) {
        return LocalDate.now(registry.clock().withZone(ZoneId.of("Europe/Amsterdam")));
    }

    private static void assertFramework(JsonNode document, String by, LocalDate date) {
        JsonNode framework = document.get("framework");
        assertEquals("tk-3", framework.get("version").asText(), framework.toString());
        assertEquals("Toetsingskader 3.0", framework.get("title").asText());
        assertEquals("2021-07-01", framework.get("inForceFrom").asText());
        assertEquals(by, framework.get("by").asText(), framework.toString());
        assertEquals(date.toString(), framework.get("date").asText(), framework.toString());
    }

    @Test
    void theVersionInForceOnTheSubmissionDayStaysWithTheDocumentUntilItIsRevised() throws Exception {
        try (RunningRegistry registry = FinalDocuments.withOutbox()) {
            FinalDocument document = FinalDocuments.create(registry);
            assertFramework(document.author().get(document.path()).json(), "today", today(registry));

            LocalDate submittedOn = today(registry);
            String submissionId = registry.admin().post(document.path() + "/submissions", Map.of("channel", "register-outbox"))
                    .json().get("id").asText();
            String submission = "/api/v1/submissions/" + submissionId;
            assertFramework(document.author().get(document.path()).json(), "submission", submittedOn);

            Eventually.until("the package is written", () -> registry.admin().get(submission).json().get("state").asText().equals("sent"));
            registry.clock().advance(Duration.ofDays(40));
            RegisterDesk.open(registry).register(submissionId, "ZIN-2026-8");
            assertFramework(registry.anonymous().get(document.path()).json(), "submission", submittedOn);

            JsonNode revised = document.author().post(document.path() + "/transitions", Map.of("action", "revise")).json();
            assertFramework(revised, "today", today(registry));
        }
    }
}
