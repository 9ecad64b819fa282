package nl.triade.registry.http.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Test;

/**
 * Two instances of one registry on one database, as two servers behind a load balancer (issue 13):
 * both run the submission worker, and still the Register is offered a package once, unless the
 * instance delivering it stops answering for longer than its lease.
 */
class DeliveryAcrossInstancesTest {

    private static Map<String, String> settings(FakeRegister register) {
        return Map.of("TRIADE_PLUGIN_REGISTER_HTTP_ENDPOINT", register.endpoint(), "TRIADE_PLUGIN_REGISTER_HTTP_ALLOW_PLAIN_HTTP", "true",
                "TRIADE_SUBMISSION_POLL_MS", "50", "TRIADE_SUBMISSION_BACKOFF_MS", "50", "TRIADE_SUBMITTER_TIMEOUT_MS", "20000");
    }

    @Test
    void twoInstancesOfferASubmissionToTheRegisterOnce() {
        try (FakeRegister register = new FakeRegister(0);
             RunningRegistry first = RunningRegistry.start(false, settings(register), "register-http");
             RunningRegistry second = first.secondInstance()) {
            String document = FinalDocuments.create(first).id();
            // a Register that takes its time leaves both workers ample room to pick the same submission up
            register.answerAfter(Duration.ofMillis(500));
            String id = first.admin().post("/api/v1/documents/" + document + "/submissions", Map.of("channel", "register-http"))
                    .json().get("id").asText();

            Eventually.until("the submission is sent", () -> state(second, id).equals("sent"));
            assertEquals(List.of(id), register.keysSeen(), "the Register was offered the package once");
            assertEquals(1, second.admin().get("/api/v1/submissions/" + id).json().get("attempts").asInt());
        }
    }

    @Test
    void aSubmissionWhoseInstanceHangsPastItsLeaseIsDeliveredByTheOtherUnderTheSameId() {
        try (FakeRegister register = new FakeRegister(0);
             RunningRegistry first = RunningRegistry.start(false, settings(register), "register-http");
             RunningRegistry second = first.secondInstance()) {
            String document = FinalDocuments.create(first).id();
            register.holdAnswers();
            String id = first.admin().post("/api/v1/documents/" + document + "/submissions", Map.of("channel", "register-http"))
                    .json().get("id").asText();
            Eventually.until("one instance offered the package", () -> register.keysSeen().size() == 1);

            // the submitter's 20 s and the default margin of 60 s: the lease has run out, as if its holder had died
            first.clock().advance(Duration.ofSeconds(81));
            Eventually.until("the other instance offered it again", () -> register.keysSeen().size() == 2);
            register.release();

            Eventually.until("the submission is sent", () -> state(first, id).equals("sent"));
            assertEquals(List.of(id, id), register.keysSeen(), "offered again under the same id");
            assertEquals(1, register.recorded().size(), "the Register holds it once");
            JsonNode submission = first.admin().get("/api/v1/submissions/" + id).json();
            assertEquals(1, submission.get("attempts").asInt(), "the instance that lost its lease recorded nothing");
            assertEquals("REG-1", submission.get("registerReference").asText());
        }
    }

    private static String state(RunningRegistry registry, String submission) {
        return registry.admin().get("/api/v1/submissions/" + submission).json().get("state").asText();
    }
}
