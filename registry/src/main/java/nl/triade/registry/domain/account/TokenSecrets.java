package nl.triade.registry.domain.account;

import java.security.SecureRandom;
import java.util.Base64;
import nl.triade.registry.domain.CanonicalJson;

/**
 * Makes and hashes token secrets. Secrets carry 256 random bits, so a fast SHA-256 is the right
 * hash (as for GitHub or Stripe API keys): a slow password hash would add latency to every request
 * without adding safety against guessing.
 */
public final class TokenSecrets {
    static final String SCHEME = "triade_";
    private static final int PREFIX_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return SCHEME + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        return CanonicalJson.sha256Hex(secret);
    }

    public static String prefix(String secret) {
        return secret.substring(0, Math.min(PREFIX_LENGTH, secret.length()));
    }
}
