package nl.triade.registry.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque keyset cursors: the sort key of the last item of a page, base64url-encoded so clients
 * treat it as a token rather than something to construct.
 */
public final class Cursor {
    private Cursor() {
    }

    public static String encode(String lastKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastKey.getBytes(StandardCharsets.UTF_8));
    }

    public static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "format", "cursor is not one this server handed out");
        }
    }

    public static long decodeNumber(String cursor) {
        try {
            return Long.parseLong(decode(cursor));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("cursor", "format", "cursor is not one this server handed out");
        }
    }
}
