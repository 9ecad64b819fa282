package nl.triade.registry.domain.audit;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The Ed25519 key pair that signs checkpoints. Its private half lives outside the database (a
 * file only the server's user may read), so write access to the database alone cannot forge a
 * checkpoint. {@link #toString()} never shows the private half.
 */
public final class CheckpointKey {
    public static final String ALGORITHM = "Ed25519";
    private final KeyPair pair;
    private final String keyId;

    public CheckpointKey(KeyPair pair) {
        this.pair = pair;
        this.keyId = keyIdOf(pair.getPublic());
    }

    public static CheckpointKey generate() {
        try {
            return new CheckpointKey(KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no Ed25519", e);
        }
    }

    /** The first 16 hex digits of the SHA-256 of the public key's X.509 (DER) encoding. */
    public static String keyIdOf(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public String keyId() {
        return keyId;
    }

    public KeyPair pair() {
        return pair;
    }

    /** The public key as PEM ({@code -----BEGIN PUBLIC KEY-----}, X.509), as {@code openssl} reads it. */
    public String publicKeyPem() {
        return pem("PUBLIC KEY", pair.getPublic().getEncoded());
    }

    /** The private key as PEM (PKCS #8), for the key file only. */
    public String privateKeyPem() {
        return pem("PRIVATE KEY", pair.getPrivate().getEncoded());
    }

    public Checkpoint sign(long seq, String hash, Instant at) {
        return new Checkpoint(seq, hash, at, keyId, signature(Checkpoint.signedText(seq, hash, at, keyId)));
    }

    /**
     * The Ed25519 signature over {@code text}, Base64. Every text this key signs starts with a line
     * naming its format ({@link Checkpoint#FORMAT}, a package manifest's own), so a signature made
     * for one kind of statement never passes for another.
     */
    public String signature(byte[] text) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(pair.getPrivate());
            signer.update(text);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing with the checkpoint key failed", e);
        }
    }

    /** Whether this key signed exactly this checkpoint; a signature that is not even Base64 is simply not valid. */
    public boolean signed(Checkpoint checkpoint) {
        return keyId.equals(checkpoint.keyId()) && verifies(pair.getPublic(), checkpoint.signedText(), checkpoint.signature());
    }

    /** Whether {@code signature} (Base64) is {@code key}'s Ed25519 signature over {@code text}; null or not Base64 is not. */
    public static boolean verifies(PublicKey key, byte[] text, String signature) {
        if (signature == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(text);
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    /** A public key from its PEM ({@code -----BEGIN PUBLIC KEY-----}, X.509), as {@link #publicKeyPem()} writes it. */
    public static PublicKey publicKeyFromPem(String pem) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key in PEM", e);
        }
    }

    static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    @Override
    public String toString() {
        return "CheckpointKey[" + ALGORITHM + " " + keyId + "]";
    }
}
