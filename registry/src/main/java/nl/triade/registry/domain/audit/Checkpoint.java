package nl.triade.registry.domain.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The registry's signed statement "at {@code at}, the chain had {@code seq} events and the last
 * one had hash {@code hash}". Whoever keeps it can later prove the chain was cut back below
 * {@code seq} or rewritten, because the registry cannot sign a different hash for the same seq
 * without its private key, and the key is not in the database.
 *
 * @param at        when it was signed, in whole seconds, so its text form is the same everywhere
 * @param keyId     which key signed it; see {@link CheckpointKey#keyId()}
 * @param signature the Ed25519 signature over {@link #signedText()}, Base64
 */
public record Checkpoint(long seq, String hash, Instant at, String keyId, String signature) {
    /** The first line of the signed text; a new format gets a new version here, old checkpoints keep theirs. */
    public static final String FORMAT = "triade-checkpoint/1";

    /**
     * The exact bytes that are signed: UTF-8 of five lines, each ending in a line feed,
     * {@code triade-checkpoint/1}, {@code seq=<decimal>}, {@code hash=<64 lowercase hex>},
     * {@code at=<ISO-8601 UTC, whole seconds>}, {@code key=<key id>}. Stored, sent and signed: pinned
     * by a golden test.
     */
    public static byte[] signedText(long seq, String hash, Instant at, String keyId) {
        String text = FORMAT + "\n"
                + "seq=" + seq + "\n"
                + "hash=" + hash + "\n"
                + "at=" + at + "\n"
                + "key=" + keyId + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public byte[] signedText() {
        return signedText(seq, hash, at, keyId);
    }
}
