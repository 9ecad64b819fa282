package nl.triade.registry.http.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.triade.registry.domain.audit.Checkpoint;
import nl.triade.registry.domain.audit.CheckpointKey;
import nl.triade.registry.http.Consultations;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.Eventually;
import nl.triade.registry.verify.PackForger;
import nl.triade.registry.verify.VerifyPackageRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The evidence pack a submission carries, read from the folder the real register-outbox plugin
 * writes: signed by the registry's key, naming who approved, what the checks found and, for every
 * event of the document, the hash it follows; and nothing of other documents' private events.
 */
class EvidencePackTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path OUTBOX = temporaryFolder();
    private static final String SECRET_TITLE = "Geheim concept van een ander";
    private static final String QUESTION = "Hoe vaak wordt het voetonderzoek gedaan?";
    private static final String ANSWER = "Jaarlijks; opgenomen in de tekst.";

    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of("TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY",
            OUTBOX.toString(), "TRIADE_SUBMISSION_POLL_MS", "50"), "register-outbox");

    private static Path pack;
    private static String submissionId;
    private static FinalDocuments.FinalDocument document;

    @BeforeAll
    static void submitAConsultedStandardWhileAnotherDraftIsWritten() {
        Parties parties = new Parties(registry);
        parties.organisation("anderen", "patient");
        ApiClient other = parties.as("anderen", "org-admin");
        other.post("/api/v1/documents", Map.of("kind", "standard", "title", SECRET_TITLE));
        document = consultedAndFinal(parties, parties.as("anderen", "member"));
        other.post("/api/v1/documents", Map.of("kind", "standard", "title", SECRET_TITLE + " 2"));
        submissionId = registry.admin().post(document.path() + "/submissions", Map.of("channel", "register-outbox")).json()
                .get("id").asText();
        Eventually.until("the package is written", () -> registry.admin().get("/api/v1/submissions/" + submissionId).json()
                .get("state").asText().equals("sent"));
        pack = OUTBOX.resolve(submissionId);
    }

    /** As {@link FinalDocuments#create}, after a consultation in which {@code commenter} asked one question, answered. */
    private static FinalDocuments.FinalDocument consultedAndFinal(Parties parties, ApiClient commenter) {
        parties.organisation("patienten", "patient");
        parties.organisation("artsen", "provider");
        parties.organisation("verzekeraar", "insurer");
        ApiClient patients = parties.as("patienten", "org-admin");
        ApiClient providers = parties.as("artsen", "org-admin");
        String doc = "/api/v1/documents/" + patients.post("/api/v1/documents", Map.of("kind", "standard", "title", "Artrose"))
                .json().get("id").asText();
        patients.put(doc + "/participants/artsen", Map.of("role", "author"), "If-Match", patients.get(doc).etag());
        patients.put(doc + "/participants/verzekeraar", Map.of("role", "commenter"), "If-Match", patients.get(doc).etag());
        parties.as("verzekeraar", "org-admin").put(doc + "/participants/verzekeraar", Map.of("role", "declined",
                "motivation", "Geen beleid."), "If-Match", patients.get(doc).etag());
        patients.post(doc + "/transitions", Consultations.opening(registry));
        String comment = commenter.post(doc + "/comments", Map.of("body", QUESTION)).json().get("id").asText();
        patients.post(doc + "/transitions", Consultations.transition(registry, "close-consultation"));
        patients.patch(doc + "/comments/" + comment, Map.of("status", "resolved", "disposition", "accepted", "rationale", ANSWER));
        patients.post(doc + "/validations", Map.of());
        JsonNode frozen = patients.post(doc + "/transitions", Map.of("action", "request-authorisation")).json();
        for (ApiClient organisation : List.of(patients, providers)) {
            organisation.post(doc + "/approvals", Map.of("decision", "approve", "contentHash", frozen.get("frozenContentHash").asText()));
        }
        assertEquals("final", patients.get(doc).json().get("status").asText());
        return new FinalDocuments.FinalDocument(doc.substring(doc.lastIndexOf('/') + 1), patients, providers);
    }

    @Test
    void theManifestIsSignedWithTheRegistrysPublishedKeyAndListsEveryFileWithItsSha256() throws Exception {
        byte[] manifest = Files.readAllBytes(pack.resolve("manifest.txt"));
        byte[] signature = Base64.getDecoder().decode(Files.readString(pack.resolve("manifest.sig")).strip());
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publishedKey());
        verifier.update(manifest);
        assertTrue(verifier.verify(signature), "manifest.sig is the registry's signature over manifest.txt");

        String text = new String(manifest, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("triade-package/2\nsubmission=" + submissionId + "\n"), text);
        List<String> listed = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.matches("[0-9a-f]{64}  .+")) {
                String name = line.substring(66);
                listed.add(name);
                assertEquals(line.substring(0, 64), sha256(Files.readAllBytes(pack.resolve(name))), name);
            }
        }
        try (Stream<Path> files = Files.list(pack)) {
            List<String> present = new ArrayList<>(files.map(file -> file.getFileName().toString())
                    .filter(name -> !name.startsWith("manifest.")).sorted().toList());
            assertEquals(present, listed.stream().sorted().toList(), "the manifest lists exactly the files beside it");
        }
        assertTrue(listed.containsAll(List.of("content.json", "document.json", "approvals.json", "validation.json",
                "consultation-report.json", "events.json", "checkpoints.json", "key.pem")), listed.toString());
    }

    @Test
    void everyApprovalNamesTheOrganisationTheAccountAndItsEvent() throws IOException {
        JsonNode approvals = read("approvals.json");
        assertEquals(2, approvals.size());
        List<String> organisations = new ArrayList<>();
        for (JsonNode approval : approvals) {
            organisations.add(approval.get("organisation").get("slug").asText());
            assertFalse(approval.get("organisation").get("name").asText().isBlank());
            assertTrue(approval.get("account").get("id").asText().startsWith("acc"), approval.toString());
            assertFalse(approval.get("account").get("name").asText().isBlank());
            assertEquals("approve", approval.get("decision").asText());
            assertEquals(document.author().get(document.path() + "/submissions").json().get("items").get(0).get("contentHash").asText(),
                    approval.get("contentHash").asText());
            assertTrue(approval.get("event").asLong() > 0);
        }
        assertEquals(List.of("artsen", "patienten"), organisations.stream().sorted().toList());
    }

    @Test
    void theValidationReportOfTheFrozenContentIsIncluded() throws IOException {
        JsonNode report = read("validation.json");
        JsonNode submission = registry.admin().get("/api/v1/submissions/" + submissionId).json();
        assertEquals(submission.get("contentHash").asText(), report.get("contentHash").asText());
        assertTrue(report.get("revision").asInt() > 0);
        assertTrue(report.get("passed").asBoolean());
        assertTrue(report.get("findings").isArray());
    }

    @Test
    void theConsultationReportHoldsEveryCommentWithWhoAskedAndWhoAnswered() throws IOException {
        JsonNode report = read("consultation-report.json");
        assertEquals(1, report.get("rounds").size());
        assertEquals(1, report.get("entries").size());
        JsonNode entry = report.get("entries").get(0);
        assertEquals(QUESTION, entry.get("body").asText());
        assertEquals("anderen", entry.get("commenter").get("organisation").asText());
        assertEquals("patient", entry.get("commenter").get("organisationKind").asText());
        assertEquals("accepted", entry.get("disposition").asText());
        assertEquals(ANSWER, entry.get("rationale").asText());
        assertEquals("patienten", entry.get("answeredBy").get("organisation").asText());
        assertFalse(entry.get("answeredBy").get("accountName").asText().isBlank());
    }

    /** One checkpoint, of the submission's own event, anchors the chain up to it; each event carries the hash it follows. */
    @Test
    void everyEventOfTheDocumentCarriesTheHashItFollowsAndTheLastASignedCheckpoint() throws Exception {
        JsonNode events = read("events.json");
        JsonNode checkpoints = read("checkpoints.json");
        for (JsonNode event : events) {
            assertTrue(event.get("previousHash").asText().matches("[0-9a-f]{64}"));
        }
        JsonNode last = events.get(events.size() - 1);
        assertEquals("submission.created", last.get("type").asText());
        assertEquals(submissionId, last.get("data").get("submission").asText());
        assertEquals(1, checkpoints.size(), checkpoints.toString());
        JsonNode checkpoint = checkpoints.get(0);
        assertEquals(last.get("seq").asLong(), checkpoint.get("seq").asLong());
        assertEquals(last.get("hash").asText(), checkpoint.get("hash").asText());
        assertTrue(CheckpointKey.verifies(publishedKey(), new Checkpoint(checkpoint.get("seq").asLong(), checkpoint.get("hash").asText(),
                Instant.parse(checkpoint.get("at").asText()), checkpoint.get("keyId").asText(), checkpoint.get("signature").asText())
                .signedText(), checkpoint.get("signature").asText()), "signed with the registry's published key");
        JsonNode online = registry.admin().post("/api/v1/events/verify", JSON.convertValue(checkpoint, Map.class)).json();
        assertTrue(online.get("valid").asBoolean(), "the registry still holds what the pack's checkpoint saw: " + online);
    }

    @Test
    void otherDocumentsEventsStayOutOfThePack() throws IOException {
        try (Stream<Path> files = Files.list(pack)) {
            for (Path file : files.toList()) {
                assertFalse(Files.readString(file).contains(SECRET_TITLE), file.getFileName() + " holds another draft's title");
            }
        }
        for (JsonNode event : read("events.json")) {
            assertEquals(document.id(), event.get("document").asText());
        }
    }

    @Test
    void theVerifierCommandAcceptsThePackageWithThePublishedKey() throws Exception {
        Path key = Files.writeString(Files.createTempFile("triade-key", ".pem"), publishedPem());
        VerifyPackageRun result = VerifyPackageRun.of(pack, "--key", key.toString());
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().startsWith("OK: package " + submissionId + " of document " + document.id()), result.out());
    }

    @Test
    void withoutAKeyTheVerifierUsesThePacksOwnAndSaysToCompareIt() {
        VerifyPackageRun result = VerifyPackageRun.of(pack);
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("compare it with GET /api/v1/events/key"), result.out());
    }

    @Test
    void theVerifierFetchesTheKeyFromTheRegistry() {
        VerifyPackageRun result = VerifyPackageRun.of(pack, "--key", registry.baseUri().resolve("/api/v1/events/key").toString());
        assertEquals(0, result.status(), result.err());
    }

    @ParameterizedTest
    @CsvSource({"content.json, 'content.json: SHA-256'", "approvals.json, 'approvals.json: SHA-256'",
            "events.json, 'events.json: SHA-256'", "validation.json, 'validation.json: SHA-256'",
            "checkpoints.json, 'checkpoints.json: SHA-256'", "consultation-report.json, 'consultation-report.json: SHA-256'",
            "manifest.txt, 'manifest.'", "manifest.sig, 'manifest.sig'"})
    void oneAlteredByteInAnyFileFailsTheVerification(String file, String failure) throws Exception {
        Path copy = copyOfPack();
        byte[] bytes = Files.readAllBytes(copy.resolve(file));
        int middle = bytes.length / 2;
        bytes[middle] = (byte) (bytes[middle] == '0' ? '1' : '0');
        Files.write(copy.resolve(file), bytes);
        VerifyPackageRun result = VerifyPackageRun.of(copy, "--key",
                Files.writeString(Files.createTempFile("triade-key", ".pem"), publishedPem()).toString());
        assertEquals(1, result.status(), result.out());
        assertTrue(result.err().startsWith("FAILED: " + failure), result.err());
    }

    @Test
    void aPackSignedWithAnotherKeyFailsWithTheRegistrysKey() throws Exception {
        Path copy = copyOfPack();
        CheckpointKey forger = CheckpointKey.generate();
        String manifest = Files.readString(copy.resolve("manifest.txt"));
        Files.writeString(copy.resolve("key.pem"), forger.publicKeyPem());
        Files.writeString(copy.resolve("manifest.sig"), forger.signature(manifest.getBytes(StandardCharsets.UTF_8)) + "\n");
        VerifyPackageRun result = VerifyPackageRun.of(copy, "--key",
                Files.writeString(Files.createTempFile("triade-key", ".pem"), publishedPem()).toString());
        assertEquals(1, result.status());
        assertTrue(result.err().startsWith("FAILED: key.pem: SHA-256") || result.err().startsWith("FAILED: manifest.sig"), result.err());
    }

    @Test
    void aReportAnswerTheChainDidNotRecordFailsEvenInAPackSignedAnewThroughout() throws Exception {
        Path copy = copyOfPack();
        Path report = copy.resolve("consultation-report.json");
        Files.writeString(report, Files.readString(report).replace(ANSWER, "Afgewezen."));
        PackForger.resign(copy, CheckpointKey.generate());
        VerifyPackageRun result = VerifyPackageRun.of(copy);
        assertEquals(1, result.status(), result.out());
        assertTrue(result.err().startsWith("FAILED: consultation-report.json: comment "), result.err());
        assertTrue(result.err().contains("its answer is not the one the chain recorded last"), result.err());
    }

    @Test
    void aFileSlippedIntoThePackFailsTheVerification() throws Exception {
        Path copy = copyOfPack();
        Files.writeString(copy.resolve("extra.json"), "{}");
        VerifyPackageRun result = VerifyPackageRun.of(copy);
        assertEquals(1, result.status());
        assertEquals("FAILED: extra.json: is in the folder but not in the signed manifest", result.err().strip());
    }

    @Test
    void theRegistryJarsMainVerifiesThePackageInAProcessOfItsOwn() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "nl.triade.registry.Main", "verify-package", pack.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertTrue(output.startsWith("OK: package " + submissionId), output);
    }

    private static Path copyOfPack() throws IOException {
        Path copy = Files.createTempDirectory("triade-pack-copy");
        try (Stream<Path> files = Files.list(pack)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    private static JsonNode read(String file) throws IOException {
        return JSON.readTree(pack.resolve(file).toFile());
    }

    private static String publishedPem() {
        return registry.anonymous().get("/api/v1/events/key").json().get("publicKey").asText();
    }

    private static PublicKey publishedKey() {
        return CheckpointKey.publicKeyFromPem(publishedPem());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("triade-evidence");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
