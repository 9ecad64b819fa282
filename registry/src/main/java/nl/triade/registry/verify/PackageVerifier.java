package nl.triade.registry.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.triade.registry.domain.audit.CheckpointKey;
import nl.triade.registry.domain.submission.PackageManifest;

/**
 * Checks an evidence pack folder in the order a reader trusts it: the manifest's signature with
 * the registry's key, every file against its SHA-256 in the manifest (and no file beside it that
 * the manifest leaves out), then what the files say ({@link EvidenceChecks}). Reads only the
 * folder; the key comes from the caller or, failing that, from the pack's own {@code key.pem},
 * which the summary then says is to be compared with the registry's published key.
 */
public final class PackageVerifier {
    static final String KEY_FILE = "key.pem";
    /** Larger files are refused unread: a package of a document with many thousands of events stays far below it. */
    static final long LARGEST_FILE = 64L * 1024 * 1024;

    private PackageVerifier() {
    }

    /** Verifies {@code folder} with the registry's public key, as published at {@code GET /api/v1/events/key}. */
    public static PackageVerdict verify(Path folder, PublicKey key) {
        return verify(folder, key, "");
    }

    /** Verifies {@code folder} with the key it carries itself: proof of integrity, not yet of origin. */
    public static PackageVerdict verifyWithItsOwnKey(Path folder) {
        try {
            return verify(folder, packKey(folder), " (taken from the package's " + KEY_FILE + ": compare it with GET /api/v1/events/key)");
        } catch (PackageFailure failure) {
            return PackageVerdict.fails(failure.getMessage());
        }
    }

    private static PackageVerdict verify(Path folder, PublicKey signer, String keySource) {
        try {
            PackageManifest manifest = PackageManifest.parse(text(folder, PackageManifest.FILE))
                    .orElseThrow(() -> new PackageFailure(PackageManifest.FILE, "not a " + PackageManifest.FORMAT + " manifest"));
            String keyId = CheckpointKey.keyIdOf(signer);
            if (!keyId.equals(manifest.keyId())) {
                throw new PackageFailure(PackageManifest.FILE, "names key " + manifest.keyId() + ", but the key given is " + keyId);
            }
            if (!CheckpointKey.verifies(signer, manifest.signedBytes(), text(folder, PackageManifest.SIGNATURE_FILE).strip())) {
                throw new PackageFailure(PackageManifest.SIGNATURE_FILE, "is not key " + keyId + "'s signature over "
                        + PackageManifest.FILE);
            }
            checkFiles(folder, manifest.sha256());
            String summary = new EvidenceChecks(folder, manifest, signer).check();
            return PackageVerdict.holds(summary + "; signed by key " + keyId + keySource);
        } catch (PackageFailure failure) {
            return PackageVerdict.fails(failure.getMessage());
        }
    }

    private static void checkFiles(Path folder, Map<String, String> listed) {
        for (Map.Entry<String, String> file : listed.entrySet()) {
            String actual = sha256(bytes(folder, file.getKey()));
            if (!actual.equals(file.getValue())) {
                throw new PackageFailure(file.getKey(), "SHA-256 is " + actual + ", the manifest says " + file.getValue());
            }
        }
        TreeSet<String> unlisted = new TreeSet<>(names(folder));
        unlisted.removeAll(listed.keySet());
        unlisted.removeAll(Set.of(PackageManifest.FILE, PackageManifest.SIGNATURE_FILE));
        if (!unlisted.isEmpty()) {
            throw new PackageFailure(unlisted.first(), "is in the folder but not in the signed manifest");
        }
    }

    private static PublicKey packKey(Path folder) {
        try {
            return CheckpointKey.publicKeyFromPem(text(folder, KEY_FILE));
        } catch (IllegalArgumentException e) {
            throw new PackageFailure(KEY_FILE, "is not an Ed25519 public key in PEM");
        }
    }

    private static Set<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return new TreeSet<>(files.map(file -> file.getFileName().toString()).toList());
        } catch (IOException e) {
            throw new PackageFailure(folder.toString(), "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** A file of the pack as UTF-8 text; its hash was checked over its bytes, so nothing is lost in decoding. */
    static String text(Path folder, String name) {
        return new String(bytes(folder, name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path folder, String name) {
        Path file = folder.resolve(name);
        try {
            if (!Files.isRegularFile(file)) {
                throw new PackageFailure(name, "is missing");
            }
            if (Files.size(file) > LARGEST_FILE) {
                throw new PackageFailure(name, "is larger than " + LARGEST_FILE + " bytes");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PackageFailure(name, "cannot be read (" + e.getMessage() + ")");
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
