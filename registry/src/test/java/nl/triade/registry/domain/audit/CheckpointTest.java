package nl.triade.registry.domain.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The signed checkpoint text is a format clients rebuild to check a signature offline, so it is
 * pinned here byte for byte. The key, text and signature below were made with
 * {@code openssl genpkey -algorithm ed25519} and {@code openssl pkeyutl -sign -rawin}: the README's
 * openssl recipe and the server agree. Ed25519 signatures are deterministic, so the signature is pinned too.
 */
class CheckpointTest {
    private static final String PRIVATE = "MC4CAQAwBQYDK2VwBCIEIK2RrhB60YAw+KnmO6sSPySq+2YigFq51Edvby1DN8/m";
    private static final String PUBLIC = "MCowBQYDK2VwAyEAiCn5riewoWadhyvcYRlBlj3KluqkI37DEtaNj1KnQJc=";
    private static final String HASH = "ab".repeat(32);
    private static final Instant AT = Instant.parse("2026-11-30T10:15:30Z");
    private static final String SIGNED_TEXT = """
            triade-checkpoint/1
            seq=42
            hash=abababababababababababababababababababababababababababababababab
            at=2026-11-30T10:15:30Z
            key=04fe970ed75f0ffd
            """;
    private static final String OPENSSL_SIGNATURE =
            "/aJla0lxJeodI4RC9+KHrC5MlBYDut2GHy/MK8ZMcA3L/pLIXm+cc/dPoh3oEnCsQ4P0x/7mA4ZE+NuJ4cbjCg==";

    @Test
    void theKeyIdIsTheStartOfTheSha256OfThePublicKey() throws Exception {
        assertEquals("04fe970ed75f0ffd", goldenKey().keyId());
    }

    @Test
    void theSignedTextIsFiveLinesInAFixedOrder() {
        assertArrayEquals(SIGNED_TEXT.getBytes(StandardCharsets.UTF_8), Checkpoint.signedText(42, HASH, AT, "04fe970ed75f0ffd"));
    }

    @Test
    void theServerSignsExactlyWhatOpensslSigns() throws Exception {
        Checkpoint checkpoint = goldenKey().sign(42, HASH, AT);
        assertEquals(OPENSSL_SIGNATURE, checkpoint.signature());
        assertTrue(goldenKey().signed(checkpoint));
    }

    @Test
    void aCheckpointWithAnyFieldChangedIsNotSigned() throws Exception {
        CheckpointKey key = goldenKey();
        Checkpoint signed = key.sign(42, HASH, AT);
        assertFalse(key.signed(new Checkpoint(41, HASH, AT, signed.keyId(), signed.signature())));
        assertFalse(key.signed(new Checkpoint(42, "cd".repeat(32), AT, signed.keyId(), signed.signature())));
        assertFalse(key.signed(new Checkpoint(42, HASH, AT.plusSeconds(1), signed.keyId(), signed.signature())));
        assertFalse(key.signed(new Checkpoint(42, HASH, AT, "0000000000000000", signed.signature())));
        assertFalse(key.signed(new Checkpoint(42, HASH, AT, signed.keyId(), "not base64!")));
    }

    @Test
    void anotherKeyDidNotSignIt() throws Exception {
        Checkpoint signed = goldenKey().sign(42, HASH, AT);
        CheckpointKey other = CheckpointKey.generate();
        assertFalse(other.signed(new Checkpoint(42, HASH, AT, other.keyId(), signed.signature())));
    }

    @Test
    void thePrivateKeyNeverShowsInTheKeysTextForm() throws Exception {
        assertEquals("CheckpointKey[Ed25519 04fe970ed75f0ffd]", goldenKey().toString());
    }

    private static CheckpointKey goldenKey() throws Exception {
        KeyFactory factory = KeyFactory.getInstance("Ed25519");
        return new CheckpointKey(new KeyPair(
                factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(PUBLIC))),
                factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(PRIVATE)))));
    }
}
