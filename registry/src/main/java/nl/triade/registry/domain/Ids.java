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

    /**
     * Sixteen characters of five random bits each (the alphabet has 32), from one draw of ten bytes:
     * the random source locks per draw, and every request takes an id.
     */
    public static String next(String prefix) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long high = bits(random, 0);
        long low = bits(random, 5);
        char[] body = new char[16];
        for (int i = 0; i < 8; i++) {
            body[i] = ALPHABET[(int) (high >>> (35 - 5 * i)) & 31];
            body[8 + i] = ALPHABET[(int) (low >>> (35 - 5 * i)) & 31];
        }
        return prefix + "_" + new String(body);
    }

    /** Forty bits from five bytes. */
    private static long bits(byte[] bytes, int from) {
        long bits = 0;
        for (int i = from; i < from + 5; i++) {
            bits = bits << 8 | bytes[i] & 0xff;
        }
        return bits;
    }
}
