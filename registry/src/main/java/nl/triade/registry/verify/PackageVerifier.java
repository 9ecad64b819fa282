package nl.triade.registry.verify;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.triade.registry.domain.audit.CheckpointKey;
import nl.triade.registry.domain.submission.PackageManifest;

/**
 * Checks an evidence pack folder in the order a reader trusts it: the manifest's signature with
 * the registry's key, every file against its SHA-256 in the manifest (and no file beside it that
 * the manifest leaves out), then what the files say ({@link EvidenceChecks}). Reads only the
 * folder, each file once and within limits ({@link PackFiles}); the key comes from the caller or,
 * failing that, from the pack's own {@code key.pem}, which the summary then says is to be compared
 * with the registry's published key.
 */
public final class PackageVerifier {
    static final String KEY_FILE = "key.pem";

    private PackageVerifier() {
    }

    /** Verifies {@code folder} with the registry's public key, as published at {@code GET /api/v1/events/key}. */
    public static PackageVerdict verify(Path folder, PublicKey key) {
        try {
            return verify(PackFiles.read(folder), key, "");
        } catch (PackageFailure failure) {
            return PackageVerdict.fails(failure.getMessage());
        }
    }

    /** Verifies {@code folder} with the key it carries itself: proof of integrity, not yet of origin. */
    public static PackageVerdict verifyWithItsOwnKey(Path folder) {
        try {
            PackFiles files = PackFiles.read(folder);
            return verify(files, packKey(files), " (taken from the package's " + KEY_FILE + ": compare it with GET /api/v1/events/key)");
        } catch (PackageFailure failure) {
            return PackageVerdict.fails(failure.getMessage());
        }
    }

    private static PackageVerdict verify(PackFiles files, PublicKey signer, String keySource) {
        try {
            PackageManifest manifest = PackageManifest.parse(files.text(PackageManifest.FILE))
                    .orElseThrow(() -> new PackageFailure(PackageManifest.FILE, "not a " + PackageManifest.FORMATS + " manifest"));
            String keyId = CheckpointKey.keyIdOf(signer);
            if (!keyId.equals(manifest.keyId())) {
                throw new PackageFailure(PackageManifest.FILE, "names key " + manifest.keyId() + ", but the key given is " + keyId);
            }
            if (!CheckpointKey.verifies(signer, manifest.signedBytes(), files.text(PackageManifest.SIGNATURE_FILE).strip())) {
                throw new PackageFailure(PackageManifest.SIGNATURE_FILE, "is not key " + keyId + "'s signature over "
                        + PackageManifest.FILE);
            }
            checkFiles(files, manifest.sha256());
            String summary = new EvidenceChecks(files, manifest, signer).check();
            return PackageVerdict.holds(summary + "; signed by key " + keyId + keySource);
        } catch (PackageFailure failure) {
            return PackageVerdict.fails(failure.getMessage());
        }
    }

    private static void checkFiles(PackFiles files, Map<String, String> listed) {
        for (Map.Entry<String, String> file : listed.entrySet()) {
            String actual = sha256(files.bytes(file.getKey()));
            if (!actual.equals(file.getValue())) {
                throw new PackageFailure(file.getKey(), "SHA-256 is " + actual + ", the manifest says " + file.getValue());
            }
        }
        TreeSet<String> unlisted = new TreeSet<>(files.names());
        unlisted.removeAll(listed.keySet());
        unlisted.removeAll(Set.of(PackageManifest.FILE, PackageManifest.SIGNATURE_FILE));
        if (!unlisted.isEmpty()) {
            throw new PackageFailure(unlisted.first(), "is in the folder but not in the signed manifest");
        }
    }

    private static PublicKey packKey(PackFiles files) {
        try {
            return CheckpointKey.publicKeyFromPem(files.text(KEY_FILE));
        } catch (IllegalArgumentException e) {
            throw new PackageFailure(KEY_FILE, "is not an Ed25519 public key in PEM");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
