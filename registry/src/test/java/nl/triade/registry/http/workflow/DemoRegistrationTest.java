package nl.triade.registry.http.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import org.junit.jupiter.api.Test;

/**
 * The demo's registered standard reaches the Register only through a delivered package: a start
 * whose delivery did not happen in time serves with the standard submitted, and the next start
 * finishes it from there.
 */
class DemoRegistrationTest {

    private static JsonNode standard(RunningRegistry registry) {
        JsonNode found = registry.admin().get("/api/v1/documents?condition=zwangerschapsdiabetes").json().get("items");
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void aStartWhoseDeliveryDidNotHappenLeavesTheStandardSubmittedAndTheNextStartRegistersIt() throws Exception {
        Path blocked = Files.createTempFile("triade-demo-outbox", ".file");
        // the outbox's folder cannot be made under a file: every delivery of the first start is retried
        try (RunningRegistry registry = RunningRegistry.start(true, Map.of("TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY",
                blocked.resolve("packages").toString(), "TRIADE_SUBMISSION_POLL_MS", "50", "TRIADE_SUBMISSION_BACKOFF_MS", "50"),
                "toetsingskader", "patient-perspective", "insurer-review", "register-outbox")) {
            assertEquals("submitted", standard(registry).get("status").asText());
            ApiClient frank = registry.as("demo-zorginstituut-member");
            assertEquals(1, frank.get("/api/v1/submissions").json().get("items").size(), "it awaits the Register, undelivered");

            Files.delete(blocked);
            registry.restartAfter(Duration.ofMinutes(15));

            assertEquals("registered", standard(registry).get("status").asText());
            assertEquals(0, frank.get("/api/v1/submissions").json().get("items").size());
            String id = standard(registry).get("id").asText();
            assertEquals(3, registry.anonymous().get("/api/v1/documents/" + id + "/editions/1/consultation-report").json()
                    .get("items").size());
        }
    }
}
