package nl.triade.registry.http.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Test;

/** A Register that refuses the package for good: the submission fails once, and the audit log says so. */
class FailedDeliveryTest {

    @Test
    void aPackageRefusedForGoodIsRecordedAsFailedNotAsSent() {
        try (FakeRegister register = new FakeRegister(0);
             RunningRegistry registry = RunningRegistry.start(false, Map.of(
                     // a path the Register does not serve: it answers 404, which register-http takes as a refusal for good
                     "TRIADE_PLUGIN_REGISTER_HTTP_ENDPOINT", register.endpoint().replace("/register", "/unknown"),
                     "TRIADE_PLUGIN_REGISTER_HTTP_ALLOW_PLAIN_HTTP", "true", "TRIADE_SUBMISSION_POLL_MS", "50",
                     "TRIADE_SUBMISSION_BACKOFF_MS", "50"), "register-http")) {
            String id = FinalDocuments.create(registry).id();
            String path = "/api/v1/submissions/" + registry.admin().post("/api/v1/documents/" + id + "/submissions",
                    Map.of("channel", "register-http")).json().get("id").asText();

            Eventually.until("the submission failed", () -> registry.admin().get(path).json().get("state").asText().equals("failed"));
            assertEquals(1, registry.admin().get(path).json().get("attempts").asInt(), "a refusal is not retried");
            List<String> types = new ArrayList<>();
            for (JsonNode event : registry.admin().get("/api/v1/events?document=" + id + "&limit=200").json().get("items")) {
                types.add(event.get("type").asText());
            }
            assertEquals(List.of("submission.created", "submission.failed"),
                    types.stream().filter(type -> type.startsWith("submission.")).toList());
        }
    }
}
