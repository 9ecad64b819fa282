package nl.triade.registry.http.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RegisterDesk;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Test;

/** Submission to a fake Register over real HTTP, through the real register-http plugin jar. */
class SubmissionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, String> settings(FakeRegister register) {
        return Map.of("TRIADE_PLUGIN_REGISTER_HTTP_ENDPOINT", register.endpoint(), "TRIADE_PLUGIN_REGISTER_HTTP_ALLOW_PLAIN_HTTP", "true",
                "TRIADE_SUBMISSION_POLL_MS", "50", "TRIADE_SUBMISSION_BACKOFF_MS", "50", "TRIADE_PLUGIN_TIMEOUT_MS", "5000");
    }

    @Test
    void aRegisterAnsweringInEightSecondsGetsThePackageOnceAndTheSubmissionIsSent() {
        // The default time limits: 5 s for a plugin call, and the submitters' own, longer one.
        try (FakeRegister register = new FakeRegister(0);
             RunningRegistry registry = RunningRegistry.start(false, Map.of("TRIADE_PLUGIN_REGISTER_HTTP_ENDPOINT", register.endpoint(),
                     "TRIADE_PLUGIN_REGISTER_HTTP_ALLOW_PLAIN_HTTP", "true", "TRIADE_SUBMISSION_POLL_MS", "50",
                     "TRIADE_SUBMISSION_BACKOFF_MS", "50"), "register-http")) {
            String id = FinalDocuments.create(registry).id();
            register.answerAfter(Duration.ofSeconds(8));
            String submissionId = registry.admin().post("/api/v1/documents/" + id + "/submissions", Map.of("channel", "register-http"))
                    .json().get("id").asText();
            String path = "/api/v1/submissions/" + submissionId;

            Eventually.until("the submission is sent", Duration.ofSeconds(40),
                    () -> registry.admin().get(path).json().get("state").asText().equals("sent"));
            assertEquals(List.of(submissionId), register.keysSeen(), "the Register received the package once");
            JsonNode submission = registry.admin().get(path).json();
            assertEquals(1, submission.get("attempts").asInt());
            assertEquals("REG-1", submission.get("registerReference").asText());
        }
    }

    @Test
    void aPlainHttpEndpointLeavesRegisterHttpNotConfiguredUnlessAllowed() {
        Map<String, String> plain = Map.of("TRIADE_PLUGIN_REGISTER_HTTP_ENDPOINT", "http://register.example/api");
        try (RunningRegistry registry = RunningRegistry.start(false, plain, "register-http")) {
            JsonNode plugin = registry.admin().get("/api/v1/plugins").json().get("items").get(0);
            assertFalse(plugin.get("configured").asBoolean(), plugin.toString());
            assertEquals(0, plugin.get("missingSettings").size());
            assertEquals(List.of("endpoint must be an https:// URL, was 'http://register.example/api' (set allow-plain-http=true "
                    + "to allow http:// for tests and a local Register)"), texts(plugin.get("configurationProblems")));
            String id = FinalDocuments.create(registry).id();
            ApiResponse refused = registry.admin().post("/api/v1/documents/" + id + "/submissions", Map.of("channel", "register-http"));
            assertEquals(409, refused.status(), refused.body());
            assertEquals("unknown-channel", refused.json().get("rule").asText());
        }
        Map<String, String> allowed = Map.of("TRIADE_PLUGIN_REGISTER_HTTP_ENDPOINT", "http://register.example/api",
                "TRIADE_PLUGIN_REGISTER_HTTP_ALLOW_PLAIN_HTTP", "true");
        try (RunningRegistry registry = RunningRegistry.start(false, allowed, "register-http")) {
            JsonNode plugin = registry.admin().get("/api/v1/plugins").json().get("items").get(0);
            assertTrue(plugin.get("configured").asBoolean(), plugin.toString());
            assertEquals(0, plugin.get("configurationProblems").size());
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(text -> texts.add(text.asText()));
        return texts;
    }

    @Test
    void failedAttemptsAreRetriedUntilTheRegisterHasItExactlyOnce() {
        try (FakeRegister register = new FakeRegister(2);
             RunningRegistry registry = RunningRegistry.start(false, settings(register), "register-http")) {
            String id = FinalDocuments.create(registry).id();
            ApiResponse submitted = registry.admin().post("/api/v1/documents/" + id + "/submissions", Map.of("channel", "register-http"));
            assertEquals(201, submitted.status(), submitted.body());
            String path = "/api/v1/submissions/" + submitted.json().get("id").asText();
            assertEquals("submitted", registry.admin().get("/api/v1/documents/" + id).json().get("status").asText());

            Eventually.until("the submission is sent", () -> registry.admin().get(path).json().get("state").asText().equals("sent"));
            JsonNode submission = registry.admin().get(path).json();
            assertEquals("REG-1", submission.get("registerReference").asText());
            assertEquals(3, submission.get("attempts").asInt());
            List<String> outcomes = new java.util.ArrayList<>();
            submission.get("attemptLog").forEach(attempt -> outcomes.add(attempt.get("outcome").asText()));
            assertEquals(List.of("retry", "retry", "delivered"), outcomes);
            assertEquals(Map.of(submission.get("id").asText(), "REG-1"), register.recorded(), "exactly one accepted delivery");
            assertTrue(register.keysSeen().stream().allMatch(key -> key.equals(submission.get("id").asText())));

            RegisterDesk.open(registry).register(submission.get("id").asText(), null);
            assertEquals("registered", registry.anonymous().get("/api/v1/documents/" + id).json().get("status").asText(),
                    "a registered document is public");
            assertEquals("REG-1", registry.anonymous().get("/api/v1/documents/" + id + "/editions/1").json()
                    .get("registerReference").asText(), "without a new reference, the edition keeps the one from delivery");
        }
    }

    @Test
    void everyDeliveryOfASubmissionOffersTheSamePackEvenAfterTheDocumentWasValidatedAgain() throws Exception {
        try (FakeRegister register = new FakeRegister(1)) {
            Map<String, String> environment = new HashMap<>(settings(register));
            // a retry ten minutes later on the registry's clock, so the test can act between the two deliveries
            environment.put("TRIADE_SUBMISSION_BACKOFF_MS", Long.toString(Duration.ofMinutes(10).toMillis()));
            try (RunningRegistry registry = RunningRegistry.start(false, environment, "register-http")) {
                FinalDocuments.FinalDocument document = FinalDocuments.create(registry);
                String path = "/api/v1/submissions/" + registry.admin().post(document.path() + "/submissions",
                        Map.of("channel", "register-http")).json().get("id").asText();
                Eventually.until("the first delivery was refused", () -> register.bodies().size() == 1);

                ApiResponse again = document.author().post(document.path() + "/validations", Map.of());
                assertEquals(201, again.status(), again.body());
                registry.clock().advance(Duration.ofMinutes(30));
                Eventually.until("the submission is sent", () -> registry.admin().get(path).json().get("state").asText().equals("sent"));

                List<String> bodies = register.bodies();
                assertEquals(2, bodies.size());
                JsonNode first = JSON.readTree(bodies.get(0)).get("evidence");
                JsonNode second = JSON.readTree(bodies.get(1)).get("evidence");
                assertEquals(first.get("validation.json"), second.get("validation.json"),
                        "the pack holds the report the document was submitted with, not a later one");
                assertEquals(first, second, "a retry offers the same bytes");
            }
        }
    }

    @Test
    void aRestartInTheMiddleOfADeliveryNeitherLosesNorDuplicatesIt() {
        try (FakeRegister register = new FakeRegister(0);
             RunningRegistry registry = RunningRegistry.start(false, settings(register), "register-http")) {
            String id = FinalDocuments.create(registry).id();
            register.holdAnswers();
            String submissionId = registry.admin().post("/api/v1/documents/" + id + "/submissions", Map.of("channel", "register-http"))
                    .json().get("id").asText();
            Eventually.until("the Register has recorded the package", () -> register.recorded().size() == 1);

            registry.restart();
            register.release();

            String path = "/api/v1/submissions/" + submissionId;
            Eventually.until("the submission is sent", () -> registry.admin().get(path).json().get("state").asText().equals("sent"));
            assertEquals("REG-1", registry.admin().get(path).json().get("registerReference").asText());
            assertEquals(Map.of(submissionId, "REG-1"), register.recorded(), "the Register holds it once");
            assertTrue(register.keysSeen().size() >= 2, "it was offered again after the restart: " + register.keysSeen());
            assertTrue(register.keysSeen().stream().allMatch(submissionId::equals));
        }
    }

    @Test
    void onlyFinalDocumentsAreSubmittedThroughAConfiguredChannel() {
        try (FakeRegister register = new FakeRegister(0);
             RunningRegistry registry = RunningRegistry.start(false, settings(register), "register-http")) {
            Parties parties = new Parties(registry);
            parties.organisation("patienten", "patient");
            ApiClient author = parties.as("patienten", "org-admin");
            String draft = author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Concept")).json().get("id").asText();
            ApiResponse notFinal = registry.admin().post("/api/v1/documents/" + draft + "/submissions", Map.of("channel", "register-http"));
            assertEquals(409, notFinal.status());
            assertEquals("not-final", notFinal.json().get("rule").asText());
            ApiResponse unknown = registry.admin().post("/api/v1/documents/" + draft + "/submissions", Map.of("channel", "fax"));
            assertEquals(409, unknown.status());
            assertEquals("unknown-channel", unknown.json().get("rule").asText());
            assertEquals(403, author.post("/api/v1/documents/" + draft + "/submissions", Map.of("channel", "register-http")).status());
            assertEquals(0, register.keysSeen().size());
        }
    }

    @Test
    void aSubmitterThatThrowsHangsOrAnswersNonsenseCostsOnlyRetriedAttempts() throws Exception {
        try (RunningRegistry registry = RunningRegistry.start(false, Map.of("TRIADE_SUBMITTER_TIMEOUT_MS", "300",
                "TRIADE_SUBMISSION_POLL_MS", "50", "TRIADE_SUBMISSION_BACKOFF_MS", "50"))) {
            // Installed once the document is final: the plugin's validators would refuse authorisation.
            String id = FinalDocuments.create(registry).id();
            Files.copy(RunningRegistry.builtPlugin("misbehaving"), registry.pluginsFolder().resolve("misbehaving.jar"));
            registry.restart();
            String submissionId = registry.admin().post("/api/v1/documents/" + id + "/submissions", Map.of("channel", "misbehaving"))
                    .json().get("id").asText();
            String path = "/api/v1/submissions/" + submissionId;
            assertEquals(200, registry.anonymous().get("/health").status(), "the server keeps serving");

            Eventually.until("the fifth attempt delivers", () -> registry.admin().get(path).json().get("state").asText().equals("sent"));
            JsonNode submission = registry.admin().get(path).json();
            assertEquals("FLAKY-" + submissionId, submission.get("registerReference").asText());
            List<String> outcomes = new java.util.ArrayList<>();
            List<String> details = new java.util.ArrayList<>();
            submission.get("attemptLog").forEach(attempt -> {
                outcomes.add(attempt.get("outcome").asText());
                details.add(attempt.get("detail").asText());
            });
            assertEquals(List.of("retry", "retry", "retry", "retry", "delivered"), outcomes);
            assertTrue(details.get(0).contains("IllegalStateException: the flaky submitter breaks"), details.get(0));
            assertTrue(details.get(1).contains("did not answer within 300 ms"), details.get(1));
            assertTrue(details.get(2).contains("returned nothing"), details.get(2));
            assertEquals(4000, details.get(3).length(), "a flood of text is clipped");
        }
    }

    @Test
    void anAcceptanceReportedThroughTheChannelRegistersTheDocument() {
        try (FakeRegister register = new FakeRegister(0);
             RunningRegistry registry = RunningRegistry.start(false, settings(register), "register-http")) {
            String id = FinalDocuments.create(registry).id();
            String path = sentAndDecided(registry, register, id, "{\"status\": \"accepted\", \"reference\": \"ZIN-2027-042\"}");

            assertEquals("accepted", registry.admin().get(path).json().get("state").asText());
            assertEquals("registered", registry.anonymous().get("/api/v1/documents/" + id).json().get("status").asText());
            assertEquals("ZIN-2027-042", registry.anonymous().get("/api/v1/documents/" + id + "/editions/1").json()
                    .get("registerReference").asText());
            assertEquals("plugin:register-http", lastEvent(registry, id, "submission.accepted").get("actor").asText());
            ApiResponse second = RegisterDesk.open(registry).assessor().post(path + "/outcome", Map.of("outcome", "not-registered",
                    "reason", "te laat"));
            assertEquals(409, second.status(), "the reported verdict stands");
            assertEquals("outcome-recorded", second.json().get("rule").asText());
        }
    }

    @Test
    void aRejectionReportedThroughTheChannelRejectsTheDocument() {
        try (FakeRegister register = new FakeRegister(0);
             RunningRegistry registry = RunningRegistry.start(false, settings(register), "register-http")) {
            String id = FinalDocuments.create(registry).id();
            String path = sentAndDecided(registry, register, id, "{\"status\": \"rejected\", \"reason\": \"geen meetinstrument\"}");

            assertEquals("rejected", registry.admin().get(path).json().get("state").asText());
            assertEquals("rejected", registry.admin().get("/api/v1/documents/" + id).json().get("status").asText());
            assertEquals(0, registry.admin().get("/api/v1/documents/" + id + "/editions").json().get("items").size());
            JsonNode rejected = lastEvent(registry, id, "submission.rejected");
            assertEquals("plugin:register-http", rejected.get("actor").asText());
            assertEquals("geen meetinstrument", rejected.get("data").get("reason").asText());
        }
    }

    /** Submits {@code id}, waits until it is sent and still awaiting the Register, then lets the Register decide. */
    private static String sentAndDecided(RunningRegistry registry, FakeRegister register, String id, String decision)
            {
        String submissionId = registry.admin().post("/api/v1/documents/" + id + "/submissions", Map.of("channel", "register-http"))
                .json().get("id").asText();
        String path = "/api/v1/submissions/" + submissionId;
        Eventually.until("the submission is sent", () -> registry.admin().get(path).json().get("state").asText().equals("sent"));
        // A second question is asked only after the answer to the first ("pending") was taken in.
        Eventually.until("the Register was asked twice and said pending", () -> register.statusChecks(submissionId) >= 2);
        assertEquals("sent", registry.admin().get(path).json().get("state").asText(), "pending at the Register: still sent");
        register.decide(submissionId, decision);
        Eventually.until("the verdict is recorded", () -> !registry.admin().get(path).json().get("state").asText().equals("sent"));
        return path;
    }

    private static JsonNode lastEvent(RunningRegistry registry, String id, String type) {
        JsonNode found = null;
        for (JsonNode event : registry.admin().get("/api/v1/events?document=" + id + "&limit=200").json().get("items")) {
            if (event.get("type").asText().equals(type)) {
                found = event;
            }
        }
        assertNotNull(found, "no " + type + " event");
        return found;
    }
}
