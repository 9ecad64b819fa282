package nl.triade.registry.http.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Test;

/**
 * What a submitter is handed, read from the package the real register-outbox plugin writes: the
 * frozen revision and its content, with the document's status and version as they are now and
 * the kind of every participant's organisation.
 */
class SubmissionPackageTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void thePackageHoldsTheFrozenRevisionWithTheDocumentsStatusNowAndItsParticipantsKinds() throws Exception {
        Path outbox = Files.createTempDirectory("triade-outbox");
        try (RunningRegistry registry = RunningRegistry.start(false, Map.of("TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY",
                outbox.toString(), "TRIADE_SUBMISSION_POLL_MS", "50"), "register-outbox")) {
            FinalDocuments.FinalDocument document = FinalDocuments.create(registry);
            JsonNode submission = registry.admin().post(document.path() + "/submissions", Map.of("channel", "register-outbox")).json();
            String path = "/api/v1/submissions/" + submission.get("id").asText();
            Eventually.until("the package is written", () -> registry.admin().get(path).json().get("state").asText().equals("sent"));
            Path written = outbox.resolve(submission.get("id").asText());
            JsonNode snapshot = JSON.readTree(written.resolve("document.json").toFile());
            JsonNode now = document.author().get(document.path()).json();

            assertEquals("submitted", snapshot.get("status").asText());
            assertEquals(now.get("version").asInt(), snapshot.get("version").asInt());
            assertEquals(submission.get("revision").asInt(), snapshot.get("revision").asInt());
            assertNotEquals(now.get("revision").asInt(), snapshot.get("revision").asInt(), "the frozen revision, not the current one");
            assertEquals(submission.get("contentHash").asText(), snapshot.get("contentHash").asText());
            assertEquals(submission.get("contentHash").asText(), sha256(written.resolve("content.json")),
                    "the content is the canonical text the hash covers");
            Map<String, String> kinds = new LinkedHashMap<>();
            snapshot.get("participants").forEach(participant -> kinds.put(participant.get("organisation").asText(),
                    participant.get("organisationKind").asText()));
            assertEquals(Map.of("patienten", "patient", "artsen", "provider", "verzekeraar", "insurer"), kinds);
            assertEquals(0, snapshot.get("instrumentIds").size());
        }
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        byte[] text = Files.readString(file).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
    }
}
