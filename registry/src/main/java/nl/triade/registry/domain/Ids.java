package nl.triade.registry.domain;

import java.security.SecureRandom;

/**
 * Random, URL-safe identifiers with a type prefix ({@code doc_}, {@code acc_} …), so an id in a
 * log line or support e-mail says what it names, and ids are not guessable from each other.
 */
public final class Ids {
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String next(String prefix) {
        char[] body = new char[16];
        for (int i = 0; i < body.length; i++) {
            body[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return prefix + "_" + new String(body);
    }
}
