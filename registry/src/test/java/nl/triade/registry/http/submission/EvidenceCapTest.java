package nl.triade.registry.http.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Test;

/**
 * A document whose history is longer than the evidence pack's cap ({@code TRIADE_EVIDENCE_MAX_EVENTS},
 * here lowered to five events) is not packed: its submission fails for good, naming the cap, and
 * nothing reaches the Register's outbox.
 */
class EvidenceCapTest {

    @Test
    void aHistoryBeyondTheCapIsRefusedAndNothingIsSent() throws Exception {
        Path outbox = Files.createTempDirectory("triade-outbox");
        try (RunningRegistry registry = RunningRegistry.start(false, Map.of("TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY",
                outbox.toString(), "TRIADE_SUBMISSION_POLL_MS", "50", "TRIADE_EVIDENCE_MAX_EVENTS", "5"), "register-outbox")) {
            FinalDocuments.FinalDocument document = FinalDocuments.create(registry);
            String submission = registry.admin().post(document.path() + "/submissions", Map.of("channel", "register-outbox"))
                    .json().get("id").asText();
            String path = "/api/v1/submissions/" + submission;
            Eventually.until("the submission failed", () -> registry.admin().get(path).json().get("state").asText().equals("failed"));

            JsonNode failed = registry.admin().get(path).json();
            assertTrue(failed.get("lastError").asText().contains("more than 5 events"), failed.toString());
            assertEquals(1, failed.get("attempts").asInt(), failed.toString());
            try (Stream<Path> written = Files.list(outbox)) {
                assertEquals(List.of(), written.toList(), "nothing was written for the Register");
            }
        }
    }
}
