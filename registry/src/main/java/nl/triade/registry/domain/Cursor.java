package nl.triade.registry.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Opaque keyset cursors: the sort key of the last item of a page with a short check sum,
 * base64url-encoded. The check sum is what lets a list refuse a cursor it never handed out
 * (a typo, a truncated copy, a made-up value) with a {@code 400} instead of quietly answering
 * some other page. It is not a secret: a cursor is a position, not a permission.
 */
public final class Cursor {
    private static final int CHECK_BYTES = 6;
    private static final String MESSAGE = "cursor is not one this server handed out; start again without it";

    private Cursor() {
    }

    public static String encode(String lastKey) {
        byte[] key = lastKey.getBytes(StandardCharsets.UTF_8);
        byte[] cursor = Arrays.copyOf(check(key), CHECK_BYTES + key.length);
        System.arraycopy(key, 0, cursor, CHECK_BYTES, key.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(cursor);
    }

    public static String decode(String cursor) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw refused();
        }
        if (bytes.length <= CHECK_BYTES) {
            throw refused();
        }
        byte[] key = Arrays.copyOfRange(bytes, CHECK_BYTES, bytes.length);
        if (!MessageDigest.isEqual(Arrays.copyOf(bytes, CHECK_BYTES), check(key))) {
            throw refused();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(key)).toString();
        } catch (CharacterCodingException e) {
            throw refused();
        }
    }

    /** A cursor over a numeric key (a sequence number), which is never negative. */
    public static long decodeNumber(String cursor) {
        try {
            long number = Long.parseLong(decode(cursor));
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below, like every other cursor this server did not hand out
        }
        throw refused();
    }

    private static byte[] check(byte[] key) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update("triade-cursor\n".getBytes(StandardCharsets.US_ASCII));
            return Arrays.copyOf(sha256.digest(key), CHECK_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static InvalidInputException refused() {
        return new InvalidInputException("cursor", Rule.FORMAT, MESSAGE);
    }
}
