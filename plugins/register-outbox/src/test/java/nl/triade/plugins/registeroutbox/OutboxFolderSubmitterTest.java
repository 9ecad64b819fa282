package nl.triade.plugins.registeroutbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.PackageFile;
import nl.triade.spi.PluginContext;
import nl.triade.spi.SubmissionPackage;
import nl.triade.spi.SubmissionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxFolderSubmitterTest {
    @TempDir
    Path outbox;

    private SubmissionPackage submission() {
        DocumentSnapshot document = new DocumentSnapshot("doc_1", "standard", "submitted", 1, 5, "a".repeat(64), "Titel", null,
                null, null, null, null, null, null, List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of());
        return new SubmissionPackage("sub_1", document, "a".repeat(64), "{\"title\":\"Titel\"}", List.of(), List.of());
    }

    private SubmissionPackage withEvidence(PackageFile... files) {
        SubmissionPackage plain = submission();
        return new SubmissionPackage(plain.submissionId(), plain.document(), plain.contentHash(), plain.contentJson(),
                List.of(), List.of(), List.of(files));
    }

    private PluginContext context() {
        return new PluginContext("register-outbox", Clock.systemUTC(), Map.of("directory", outbox.toString()));
    }

    @Test
    void thePackageFolderHasEveryFileAndAManifestOfTheirHashes() throws IOException {
        SubmissionResult result = new OutboxFolderSubmitter().submit(submission(), context());
        assertEquals(SubmissionResult.Outcome.DELIVERED, result.outcome());
        assertEquals("outbox:sub_1", result.reference());
        Path folder = outbox.resolve("sub_1");
        JsonNode manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        assertEquals("a".repeat(64), manifest.get("contentHash").asText());
        for (String file : List.of("content.json", "document.json", "approvals.json", "events.json")) {
            assertEquals(OutboxFolderSubmitter.sha256(Files.readAllBytes(folder.resolve(file))), manifest.get("sha256").get(file).asText());
        }
        assertEquals("{\"title\":\"Titel\"}", Files.readString(folder.resolve("content.json")));
    }

    @Test
    void theEvidencePackIsWrittenExactlyAsTheHostMadeIt() throws IOException {
        SubmissionResult result = new OutboxFolderSubmitter().submit(withEvidence(new PackageFile("content.json", "{\"title\":\"Tïtel\"}"),
                new PackageFile("manifest.txt", "triade-package/1\n")), context());
        assertEquals(SubmissionResult.Outcome.DELIVERED, result.outcome());
        Path folder = outbox.resolve("sub_1");
        try (Stream<Path> entries = Files.list(folder)) {
            assertEquals(List.of("content.json", "manifest.txt"), entries.map(file -> file.getFileName().toString()).sorted().toList());
        }
        assertEquals("{\"title\":\"Tïtel\"}", Files.readString(folder.resolve("content.json")));
    }

    @Test
    void aFileNameThatWouldLeaveThePackageFolderIsNotWritten() {
        SubmissionResult result = new OutboxFolderSubmitter().submit(withEvidence(new PackageFile("../escaped.json", "{}")), context());
        assertEquals(SubmissionResult.Outcome.RETRY, result.outcome());
        assertTrue(Files.notExists(outbox.resolve("escaped.json")));
        assertTrue(Files.notExists(outbox.resolve("sub_1")));
    }

    @Test
    void offeringTheSameSubmissionAgainChangesNothing() throws IOException {
        new OutboxFolderSubmitter().submit(submission(), context());
        long written = Files.getLastModifiedTime(outbox.resolve("sub_1").resolve("manifest.json")).toMillis();
        SubmissionResult again = new OutboxFolderSubmitter().submit(submission(), context());
        assertEquals(SubmissionResult.Outcome.DELIVERED, again.outcome());
        assertEquals(written, Files.getLastModifiedTime(outbox.resolve("sub_1").resolve("manifest.json")).toMillis());
        try (Stream<Path> entries = Files.list(outbox)) {
            assertEquals(List.of(outbox.resolve("sub_1")), entries.toList(), "no partial folders left behind");
        }
    }

    @Test
    void anUnwritableOutboxIsTriedAgainLater() throws IOException {
        Path file = Files.writeString(outbox.resolve("not-a-folder"), "x");
        PluginContext broken = new PluginContext("register-outbox", Clock.systemUTC(), Map.of("directory", file.toString()));
        SubmissionResult result = new OutboxFolderSubmitter().submit(submission(), broken);
        assertEquals(SubmissionResult.Outcome.RETRY, result.outcome());
        assertTrue(result.reason().startsWith("cannot write to"));
    }
}
