package nl.triade.registry.store.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import nl.triade.registry.domain.audit.CheckpointKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checkpoint key pair in a folder of its own, outside the database: {@code checkpoint-ed25519.key}
 * (PKCS #8 PEM, owner read/write only) and {@code checkpoint-ed25519.pub} (X.509 PEM). Made at first
 * start; a private key file that others may read stops the start, as ssh refuses such a key.
 */
public final class CheckpointKeyFiles {
    private static final Logger LOG = LoggerFactory.getLogger(CheckpointKeyFiles.class);
    static final String PRIVATE_FILE = "checkpoint-ed25519.key";
    static final String PUBLIC_FILE = "checkpoint-ed25519.pub";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    private CheckpointKeyFiles() {
    }

    /** Whether {@code folder} holds a checkpoint key (whole or not); looks only, so a restore can tell before a start makes a new one. */
    public static boolean presentIn(Path folder) {
        return Files.exists(folder.resolve(PRIVATE_FILE)) || Files.exists(folder.resolve(PUBLIC_FILE));
    }

    public static CheckpointKey loadOrCreate(Path folder) {
        try {
            Path privateFile = folder.resolve(PRIVATE_FILE);
            Path publicFile = folder.resolve(PUBLIC_FILE);
            if (Files.exists(privateFile) || Files.exists(publicFile)) {
                return load(privateFile, publicFile);
            }
            return create(folder, privateFile, publicFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the checkpoint key in " + folder, e);
        }
    }

    private static CheckpointKey load(Path privateFile, Path publicFile) throws IOException {
        if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
            throw new IllegalStateException("the checkpoint key in " + privateFile.getParent() + " is incomplete: "
                    + PRIVATE_FILE + " and " + PUBLIC_FILE + " belong together; restore both from a backup");
        }
        if (isPosix(privateFile) && !Files.getPosixFilePermissions(privateFile).equals(OWNER_ONLY)) {
            throw new IllegalStateException(privateFile + " may be read by others; make it readable by its owner only (chmod 600)");
        }
        try {
            KeyFactory factory = KeyFactory.getInstance(CheckpointKey.ALGORITHM);
            KeyPair pair = new KeyPair(
                    factory.generatePublic(new X509EncodedKeySpec(der(Files.readString(publicFile)))),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(der(Files.readString(privateFile)))));
            CheckpointKey key = new CheckpointKey(pair);
            if (!key.signed(key.sign(0, "0".repeat(64), Instant.EPOCH))) {
                throw new IllegalStateException(PRIVATE_FILE + " and " + PUBLIC_FILE + " in " + privateFile.getParent()
                        + " are not one key pair");
            }
            return key;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the checkpoint key in " + privateFile.getParent() + " is not an Ed25519 key in PEM", e);
        }
    }

    private static CheckpointKey create(Path folder, Path privateFile, Path publicFile) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            if (isPosix(folder)) {
                Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
            }
        }
        CheckpointKey key = CheckpointKey.generate();
        try {
            if (isPosix(folder)) {
                Files.createFile(privateFile, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(privateFile);
            }
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("another process is creating the checkpoint key in " + folder, e);
        }
        Files.writeString(privateFile, key.privateKeyPem(), StandardCharsets.US_ASCII);
        Files.writeString(publicFile, key.publicKeyPem(), StandardCharsets.US_ASCII);
        LOG.info("made checkpoint key {} in {}; back this folder up apart from the database", key.keyId(), folder);
        return key;
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
