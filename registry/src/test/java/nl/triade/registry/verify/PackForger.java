package nl.triade.registry.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.triade.registry.domain.audit.Checkpoint;
import nl.triade.registry.domain.audit.CheckpointKey;
import nl.triade.registry.domain.submission.PackageManifest;

/** What a forger with a key of their own can do to a pack folder: sign its checkpoints and manifest anew, all consistent. */
public final class PackForger {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PackForger() {
    }

    /** New checkpoints, hashes, manifest and signature with {@code forger}'s key, which the pack then carries. */
    public static void resign(Path folder, CheckpointKey forger) throws IOException {
        resignCheckpoints(folder, forger);
        resignManifest(folder, forger);
    }

    /** Every checkpoint of {@code checkpoints.json} signed anew; throws where they no longer read as checkpoints. */
    public static void resignCheckpoints(Path folder, CheckpointKey forger) throws IOException {
        ArrayNode checkpoints = (ArrayNode) JSON.readTree(folder.resolve("checkpoints.json").toFile());
        for (JsonNode checkpoint : checkpoints) {
            Checkpoint signed = forger.sign(checkpoint.get("seq").asLong(), checkpoint.get("hash").asText(),
                    Instant.parse(checkpoint.get("at").asText()));
            ((ObjectNode) checkpoint).put("keyId", signed.keyId()).put("signature", signed.signature());
        }
        Files.writeString(folder.resolve("checkpoints.json"), JSON.writeValueAsString(checkpoints));
    }

    /** The forger's key.pem, every listed file's hash as it is now, the manifest under the forger's key id, and its signature. */
    public static void resignManifest(Path folder, CheckpointKey forger) throws IOException {
        Files.writeString(folder.resolve("key.pem"), forger.publicKeyPem());
        PackageManifest original = PackageManifest.parse(Files.readString(folder.resolve("manifest.txt"))).orElseThrow();
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String file : original.sha256().keySet()) {
            hashes.put(file, sha256(Files.readAllBytes(folder.resolve(file))));
        }
        PackageManifest manifest = new PackageManifest(original.version(), original.submission(), original.document(), original.revision(),
                original.contentHash(), forger.keyId(), hashes);
        Files.writeString(folder.resolve("manifest.txt"), manifest.text());
        Files.writeString(folder.resolve("manifest.sig"), forger.signature(manifest.signedBytes()) + "\n");
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
