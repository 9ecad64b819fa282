package nl.triade.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.triade.registry.domain.audit.Event;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Signed checkpoints of the chain head: whoever kept one detects a chain cut back below it or
 * rewritten whole with every hash recomputed, which the chain alone cannot show (it stays
 * internally consistent). The database is altered on the real SQLite file, as an intruder with
 * write access to it would.
 */
class CheckpointApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aChainCutBackBelowAKeptCheckpointIsReportedAsTruncated() throws Exception {
        try (RunningRegistry registry = RunningRegistry.start()) {
            String member = someChanges(registry);
            JsonNode checkpoint = checkpoint(registry, member);
            long seq = checkpoint.get("seq").asLong();
            execute(registry, "DELETE FROM events WHERE seq > " + (seq - 2));

            assertTrue(registry.admin().get("/api/v1/events/verify").json().get("valid").asBoolean(),
                    "the cut chain is consistent in itself; only a checkpoint shows what is missing");
            JsonNode verdict = verify(registry, member, checkpoint);
            assertFalse(verdict.get("valid").asBoolean());
            assertEquals("truncated", verdict.get("failure").asText());
            assertEquals(seq - 1, verdict.get("brokenAt").asLong());
        }
    }

    @Test
    void aChainRewrittenWholeWithRecomputedHashesIsReportedAsRewritten() throws Exception {
        try (RunningRegistry registry = RunningRegistry.start()) {
            String member = someChanges(registry);
            JsonNode checkpoint = checkpoint(registry, member);
            rewriteFrom(registry, 2, data -> data.put("forged", true));

            assertTrue(registry.admin().get("/api/v1/events/verify").json().get("valid").asBoolean(),
                    "a chain rewritten with recomputed hashes is consistent in itself");
            JsonNode verdict = verify(registry, member, checkpoint);
            assertFalse(verdict.get("valid").asBoolean());
            assertEquals("rewritten", verdict.get("failure").asText());
            assertEquals(checkpoint.get("seq").asLong(), verdict.get("brokenAt").asLong());
        }
    }

    @Test
    void aChainThatOnlyGrewSinceTheCheckpointVerifies() {
        try (RunningRegistry registry = RunningRegistry.start()) {
            String member = someChanges(registry);
            JsonNode checkpoint = checkpoint(registry, member);
            new Parties(registry).organisation("later", "insurer");

            JsonNode verdict = verify(registry, member, checkpoint);
            assertTrue(verdict.get("valid").asBoolean(), verdict.toString());
            assertTrue(verdict.get("checked").asLong() > checkpoint.get("seq").asLong());
        }
    }

    @Test
    void aCheckpointTheRegistryDidNotSignIsRefused() {
        try (RunningRegistry registry = RunningRegistry.start()) {
            String member = someChanges(registry);
            ObjectNode forged = checkpoint(registry, member).deepCopy();
            forged.put("hash", "f".repeat(64));
            ApiResponse refused = registry.as(member).post("/api/v1/events/verify", forged);
            assertEquals(400, refused.status());
            assertEquals("checkpoint-signature", refused.json().get("rule").asText());

            ObjectNode otherKey = checkpoint(registry, member).deepCopy();
            otherKey.put("keyId", "0123456789abcdef");
            ApiResponse unknown = registry.as(member).post("/api/v1/events/verify", otherKey);
            assertEquals(400, unknown.status());
            assertEquals("checkpoint-key", unknown.json().get("rule").asText());
        }
    }

    @Test
    void aCheckpointChecksWithThePublicKeyAloneOverTheDocumentedText() throws Exception {
        try (RunningRegistry registry = RunningRegistry.start()) {
            String member = someChanges(registry);
            JsonNode key = registry.anonymous().get("/api/v1/events/key").json();
            JsonNode checkpoint = checkpoint(registry, member);
            assertEquals(key.get("keyId").asText(), checkpoint.get("keyId").asText());

            String signed = "triade-checkpoint/1\nseq=" + checkpoint.get("seq").asLong() + "\nhash="
                    + checkpoint.get("hash").asText() + "\nat=" + checkpoint.get("at").asText() + "\nkey="
                    + checkpoint.get("keyId").asText() + "\n";
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey(key.get("publicKey").asText()));
            verifier.update(signed.getBytes(StandardCharsets.UTF_8));
            assertTrue(verifier.verify(Base64.getDecoder().decode(checkpoint.get("signature").asText())));
        }
    }

    @Tag("sqlite-only") // it looks for the key in the SQLite file
    @Test
    void theKeyIsMadeOnceKeptOutsideTheDatabaseReadableByTheOwnerOnlyAndSurvivesARestart() throws Exception {
        try (RunningRegistry registry = RunningRegistry.start()) {
            String member = someChanges(registry);
            JsonNode checkpoint = checkpoint(registry, member);
            Path database = Path.of(registry.jdbcUrl().substring("jdbc:sqlite:".length()));
            Path keys = database.resolveSibling("keys");
            try (Stream<Path> files = Files.list(keys)) {
                for (Path file : files.toList()) {
                    if (file.getFileName().toString().endsWith(".key")) {
                        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
                    }
                }
            }
            registry.restart();
            assertEquals(checkpoint.get("keyId").asText(), registry.anonymous().get("/api/v1/events/key").json().get("keyId").asText());
            assertTrue(verify(registry, member, checkpoint).get("valid").asBoolean());
        }
    }

    @Test
    void everyAccountMayKeepAndCheckACheckpointAndThePublicKeyIsPublic() {
        try (RunningRegistry registry = RunningRegistry.start()) {
            String member = someChanges(registry);
            assertEquals(200, registry.anonymous().get("/api/v1/events/key").status());
            assertEquals(401, registry.anonymous().get("/api/v1/events/checkpoint").status());
            JsonNode checkpoint = checkpoint(registry, member);
            assertEquals(401, registry.anonymous().post("/api/v1/events/verify", checkpoint).status());
            assertEquals(200, registry.as(member).post("/api/v1/events/verify", checkpoint).status());
            assertEquals(403, registry.as(member).get("/api/v1/events/verify").status(), "the full report stays with administrators");
        }
    }

    /** A few organisations (so the chain has some length) and a plain member's token. */
    private static String someChanges(RunningRegistry registry) {
        Parties parties = new Parties(registry);
        parties.organisation("patienten", "patient");
        parties.organisation("zorgverleners", "provider");
        parties.organisation("verzekeraar", "insurer");
        return parties.token("patienten", "member");
    }

    private static JsonNode checkpoint(RunningRegistry registry, String token) {
        ApiResponse response = registry.as(token).get("/api/v1/events/checkpoint");
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    private static JsonNode verify(RunningRegistry registry, String token, JsonNode checkpoint) {
        ApiResponse response = registry.as(token).post("/api/v1/events/verify", checkpoint);
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    private static PublicKey publicKey(String pem) throws Exception {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static void execute(RunningRegistry registry, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(registry.jdbcUrl());
             var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    interface DataEdit {
        void apply(ObjectNode data);
    }

    /** Edits the data of event {@code from} and recomputes every hash from there on, as a careful forger would. */
    private static void rewriteFrom(RunningRegistry registry, long from, DataEdit edit) throws Exception {
        try (Connection connection = DriverManager.getConnection(registry.jdbcUrl())) {
            List<Event> events = new ArrayList<>();
            try (var query = connection.createStatement();
                 ResultSet row = query.executeQuery("SELECT * FROM events ORDER BY seq")) {
                while (row.next()) {
                    events.add(new Event(row.getLong("seq"), Instant.parse(row.getString("at")), row.getString("actor"),
                            row.getString("organisation"), row.getString("type"), row.getString("document"),
                            JSON.readValue(row.getString("data"), new TypeReference<Map<String, Object>>() {
                            }), row.getString("previous_hash"), row.getString("hash")));
                }
            }
            String previousHash = events.get((int) from - 2).hash();
            try (var update = connection.prepareStatement("UPDATE events SET data = ?, previous_hash = ?, hash = ? WHERE seq = ?")) {
                for (Event event : events.subList((int) from - 1, events.size())) {
                    ObjectNode data = JSON.valueToTree(event.data());
                    if (event.seq() == from) {
                        edit.apply(data);
                    }
                    Map<String, Object> forgedData = JSON.convertValue(data, new TypeReference<Map<String, Object>>() {
                    });
                    Event forged = new Event(event.seq(), event.at(), event.actor(), event.organisation(), event.type(),
                            event.document(), forgedData, previousHash, "");
                    previousHash = forged.expectedHash();
                    update.setString(1, JSON.writeValueAsString(forgedData));
                    update.setString(2, forged.previousHash());
                    update.setString(3, previousHash);
                    update.setLong(4, event.seq());
                    assertEquals(1, update.executeUpdate());
                }
            }
        }
    }
}
