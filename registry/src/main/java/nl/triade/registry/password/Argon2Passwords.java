package nl.triade.registry.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import nl.triade.registry.domain.account.PasswordHasher;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (RFC 9106) by the Bouncy Castle provider, stored in the PHC string format that
 * libargon2 and every other implementation read: {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}
 * (unpadded Base64). The parameters travel with each hash, so raising them later only makes old
 * hashes {@link #needsRehash}, and a sign-in stores a new one.
 */
public final class Argon2Passwords implements PasswordHasher {
    /** OWASP's Password Storage Cheat Sheet, first Argon2id option: 19 MiB, 2 passes, 1 lane. */
    public static final Cost OWASP = new Cost(19_456, 2, 1);
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder ENCODE = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Cost cost;

    public Argon2Passwords(Cost cost) {
        this.cost = cost;
    }

    /** Memory in KiB, passes over it, lanes. */
    public record Cost(int memoryKiB, int iterations, int parallelism) {
        String phc() {
            return "m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism;
        }
    }

    @Override
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] digest = derive(password, salt, cost, HASH_BYTES);
        return "$argon2id$v=19$" + cost.phc() + "$" + ENCODE.encodeToString(salt) + "$" + ENCODE.encodeToString(digest);
    }

    @Override
    public boolean matches(String password, String stored) {
        return Parsed.of(stored).map(parsed -> MessageDigest.isEqual(
                derive(password, parsed.salt(), parsed.cost(), parsed.digest().length), parsed.digest())).orElse(false);
    }

    @Override
    public boolean needsRehash(String stored) {
        return Parsed.of(stored).map(parsed -> !parsed.cost().equals(cost)).orElse(true);
    }

    private static byte[] derive(String password, byte[] salt, Cost cost, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKiB())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    /** A stored hash taken apart; empty for anything but an Argon2id PHC string of version 19 with sane sizes. */
    private record Parsed(Cost cost, byte[] salt, byte[] digest) {
        static Optional<Parsed> of(String stored) {
            String[] parts = stored.split("\\$");
            if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
                return Optional.empty();
            }
            try {
                String[] params = parts[3].split(",");
                if (params.length != 3 || !params[0].startsWith("m=") || !params[1].startsWith("t=") || !params[2].startsWith("p=")) {
                    return Optional.empty();
                }
                Cost cost = new Cost(Integer.parseInt(params[0].substring(2)), Integer.parseInt(params[1].substring(2)),
                        Integer.parseInt(params[2].substring(2)));
                byte[] salt = DECODE.decode(parts[4]);
                byte[] digest = DECODE.decode(parts[5]);
                return digest.length < 16 || salt.length < 8 ? Optional.empty() : Optional.of(new Parsed(cost, salt, digest));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
