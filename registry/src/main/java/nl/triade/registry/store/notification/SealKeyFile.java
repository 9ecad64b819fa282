package nl.triade.registry.store.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import nl.triade.registry.domain.notification.SecretSeal;

/**
 * Seals subscription secrets with AES-256-GCM under a key in {@code subscription-secrets.key} (32
 * random bytes in Base64, owner read/write only) in the keys folder, beside the checkpoint key and
 * outside the database: a copy or dump of the database alone does not give away a webhook secret,
 * and GCM makes a sealed value that was altered fail to open. A sealed value is {@code v1:} and the
 * Base64 of a fresh 12-byte nonce followed by the ciphertext and its tag. Made at first start; a key
 * file that others may read stops the start, as for the checkpoint key.
 */
public final class SealKeyFile implements SecretSeal {
    static final String FILE = "subscription-secrets.key";
    private static final String VERSION = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    private SealKeyFile(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    public static SealKeyFile loadOrCreate(Path folder) {
        Path file = folder.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                create(folder, file);
            }
            return load(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the subscription secrets key in " + folder, e);
        }
    }

    /** The key in {@code folder} if it has one; never makes one, so a restore can tell whether the sealed secrets it loaded can be opened. */
    public static Optional<SealKeyFile> loadExisting(Path folder) {
        Path file = folder.resolve(FILE);
        try {
            return Files.exists(file) ? Optional.of(load(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the subscription secrets key in " + folder, e);
        }
    }

    private static SealKeyFile load(Path file) throws IOException {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            throw new IllegalStateException(file + " may be read by others; make it readable by its owner only (chmod 600)");
        }
        byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(file + " does not hold a 256-bit key; restore it from a backup");
        }
        return new SealKeyFile(key);
    }

    private static void create(Path folder, Path file) throws IOException {
        Files.createDirectories(folder);
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("another process is creating the subscription secrets key in " + folder, e);
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
    }

    @Override
    public String seal(String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, secret.getBytes(StandardCharsets.UTF_8));
        return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed)
                .array());
    }

    @Override
    public String open(String sealed) {
        if (!sealed.startsWith(VERSION)) {
            throw new IllegalStateException("a subscription secret is not sealed in a known format");
        }
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(sealed.substring(VERSION.length())));
        byte[] nonce = new byte[NONCE_BYTES];
        bytes.get(nonce);
        byte[] rest = new byte[bytes.remaining()];
        bytes.get(rest);
        return new String(crypt(Cipher.DECRYPT_MODE, nonce, rest), StandardCharsets.UTF_8);
    }

    private byte[] crypt(int mode, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a subscription secret cannot be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened")
                    + " with the key in " + FILE + " (altered, or sealed under another key)", e);
        }
    }
}
