package nl.triade.registry.http.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import nl.triade.registry.http.RegisterDesk;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Test;

/**
 * The Register decides only what was handed over: a decision on a submission still waiting for its
 * delivery would leave the package undelivered for good, since the worker hands over only pending
 * submissions.
 */
class UndeliveredDecisionTest {

    @Test
    void theRegisterCannotDecideASubmissionWhosePackageHasNotArrived() throws Exception {
        try (FakeRegister register = new FakeRegister(1);
             RunningRegistry registry = RunningRegistry.start(false, Map.of(
                     "TRIADE_PLUGIN_REGISTER_HTTP_ENDPOINT", register.endpoint(),
                     "TRIADE_PLUGIN_REGISTER_HTTP_ALLOW_PLAIN_HTTP", "true", "TRIADE_SUBMISSION_POLL_MS", "50",
                     "TRIADE_SUBMISSION_BACKOFF_MS", "600000"), "register-http")) {
            String id = FinalDocuments.create(registry).id();
            String submission = registry.admin().post("/api/v1/documents/" + id + "/submissions",
                    Map.of("channel", "register-http")).json().get("id").asText();
            String path = "/api/v1/submissions/" + submission;
            Eventually.until("the first delivery was refused for now",
                    () -> registry.admin().get(path).json().get("attempts").asInt() == 1);
            assertEquals("pending", registry.admin().get(path).json().get("state").asText());
            RegisterDesk desk = RegisterDesk.open(registry);
            desk.assessEvery(submission, "met");

            ApiResponse decided = desk.assessor().post(path + "/outcome", Map.of("outcome", "registered",
                    "registerReference", "ZIN-2027-009"));

            assertEquals(409, decided.status(), decided.body());
            assertEquals("submission-not-delivered", decided.json().get("rule").asText());
            assertEquals("pending", registry.admin().get(path).json().get("state").asText());
            assertEquals("submitted", registry.admin().get("/api/v1/documents/" + id).json().get("status").asText());
        }
    }
}
